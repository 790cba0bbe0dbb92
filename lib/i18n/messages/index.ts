// Every interface text, by namespace. Each namespace file holds its French text and an English
// text of the same shape, so a missing translation fails the type check.
import { auth } from "./auth";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { publicSite } from "./public";
import { publishing } from "./publishing";
import type { Locale } from "../locales";

export const messages = {
  fr: { common: common.fr, auth: auth.fr, dashboard: dashboard.fr, publicSite: publicSite.fr, publishing: publishing.fr },
  en: { common: common.en, auth: auth.en, dashboard: dashboard.en, publicSite: publicSite.en, publishing: publishing.en },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof messages)["fr"];
