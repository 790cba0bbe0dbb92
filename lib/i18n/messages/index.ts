// Every interface text, by namespace. Each namespace file holds its French text and an English
// text of the same shape, so a missing translation fails the type check. One line per namespace.
import { accounts } from "./accounts";
import { actions } from "./actions";
import { auth } from "./auth";
import { calendar } from "./calendar";
import { campaigns } from "./campaigns";
import { charts } from "./charts";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { demands } from "./demands";
import { forms } from "./forms";
import { institutions } from "./institutions";
import { letters } from "./letters";
import { lists } from "./lists";
import { meetings } from "./meetings";
import { meetingsForm } from "./meetings-form";
import { organisations } from "./organisations";
import { people } from "./people";
import { publicSite } from "./public";
import { publishing } from "./publishing";
import { search } from "./search";
import { statements } from "./statements";
import type { Locale } from "../locales";

const namespaces = {
  accounts,
  actions,
  auth,
  calendar,
  campaigns,
  charts,
  common,
  dashboard,
  demands,
  forms,
  institutions,
  letters,
  lists,
  meetings,
  meetingsForm,
  organisations,
  people,
  publicSite,
  publishing,
  search,
  statements,
};

type Namespaces = typeof namespaces;
// Each namespace file types its English text after its French one, so both have this shape.
export type Messages = { [N in keyof Namespaces]: Namespaces[N]["fr"] };

function pick(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(namespaces).map(([name, texts]) => [name, texts[locale]])) as Messages;
}

export const messages: Record<Locale, Messages> = { fr: pick("fr"), en: pick("en") };
