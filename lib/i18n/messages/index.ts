// Every interface text, by namespace. Each namespace file holds its French text and an English
// text of the same shape, so a missing translation fails the type check.
import { auth } from "./auth";
import { calendar } from "./calendar";
import { charts } from "./charts";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { publicSite } from "./public";
import { search } from "./search";
import type { Locale } from "../locales";

export const messages = {
  fr: { common: common.fr, auth: auth.fr, dashboard: dashboard.fr, publicSite: publicSite.fr, search: search.fr, calendar: calendar.fr, charts: charts.fr },
  en: { common: common.en, auth: auth.en, dashboard: dashboard.en, publicSite: publicSite.en, search: search.en, calendar: calendar.en, charts: charts.en },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof messages)["fr"];
