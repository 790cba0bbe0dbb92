// Every interface text, by namespace. Each namespace file holds its French text and an English
// text of the same shape, so a missing translation fails the type check. One line per namespace.
import { accounts } from "./accounts";
import { actions } from "./actions";
import { audit } from "./audit";
import { auth } from "./auth";
import { calendar } from "./calendar";
import { campaigns } from "./campaigns";
import { campaignsForm } from "./campaigns-form";
import { charts } from "./charts";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { demands } from "./demands";
import { forms } from "./forms";
import { institutions } from "./institutions";
import { institutionsForm } from "./institutions-form";
import { letters } from "./letters";
import { lists } from "./lists";
import { meetings } from "./meetings";
import { organisations } from "./organisations";
import { organisationsForm } from "./organisations-form";
import { people } from "./people";
import { peopleForm } from "./people-form";
import { publicSite } from "./public";
import { search } from "./search";
import { statements } from "./statements";
import type { Locale } from "../locales";

const namespaces = {
  accounts,
  actions,
  audit,
  auth,
  calendar,
  campaigns,
  campaignsForm,
  charts,
  common,
  dashboard,
  demands,
  forms,
  institutions,
  institutionsForm,
  letters,
  lists,
  meetings,
  organisations,
  organisationsForm,
  people,
  peopleForm,
  publicSite,
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
