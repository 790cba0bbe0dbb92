// Every interface text, by namespace. Each namespace file holds its French text and an English
// text of the same shape, so a missing translation fails the type check.
import { accounts } from "./accounts";
import { auth } from "./auth";
import { common } from "./common";
import type { Locale } from "../locales";

export const messages = {
  fr: { common: common.fr, auth: auth.fr, accounts: accounts.fr },
  en: { common: common.en, auth: auth.en, accounts: accounts.en },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof messages)["fr"];
