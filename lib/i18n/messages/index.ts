// Every interface text, by namespace. Each namespace file holds its French text and an English
// text of the same shape, so a missing translation fails the type check. One line per namespace.
import { accounts } from "./accounts";
import { auth } from "./auth";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { forms } from "./forms";
import { meetingsForm } from "./meetings-form";
import { publicSite } from "./public";
import type { Locale } from "../locales";

const namespaces = {
  accounts,
  auth,
  common,
  dashboard,
  forms,
  meetingsForm,
  publicSite,
};

type Namespaces = typeof namespaces;
// Each namespace file types its English text after its French one, so both have this shape.
export type Messages = { [N in keyof Namespaces]: Namespaces[N]["fr"] };

function pick(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(namespaces).map(([name, texts]) => [name, texts[locale]])) as Messages;
}

export const messages: Record<Locale, Messages> = { fr: pick("fr"), en: pick("en") };
