// Every interface text, by namespace. Each namespace file holds its French text and an English
// text of the same shape, so a missing translation fails the type check. One line per namespace.
import { accounts } from "./accounts";
import { actionPage } from "./action-page";
import { actions } from "./actions";
import { audit } from "./audit";
import { auth } from "./auth";
import { calendar } from "./calendar";
import { campaignsForm } from "./campaigns-form";
import { campaigns } from "./campaigns";
import { charts } from "./charts";
import { common } from "./common";
import { dashboard } from "./dashboard";
import { demandWork } from "./demand-work";
import { demands } from "./demands";
import { demandsForm } from "./demands-form";
import { documents } from "./documents";
import { forms } from "./forms";
import { help } from "./help";
import { institutionsForm } from "./institutions-form";
import { institutions } from "./institutions";
import { lettersForm } from "./letters-form";
import { letters } from "./letters";
import { lists } from "./lists";
import { meetingsForm } from "./meetings-form";
import { meetings } from "./meetings";
import { organisationsForm } from "./organisations-form";
import { organisations } from "./organisations";
import { peopleForm } from "./people-form";
import { people } from "./people";
import { publicSite } from "./public";
import { publishing } from "./publishing";
import { reminders } from "./reminders";
import { search } from "./search";
import { statementsForm } from "./statements-form";
import { statements } from "./statements";
import { themesForm } from "./themes-form";
import type { Locale } from "../locales";

const namespaces = {
  accounts,
  actionPage,
  actions,
  audit,
  auth,
  calendar,
  campaignsForm,
  campaigns,
  charts,
  common,
  dashboard,
  demandWork,
  demands,
  demandsForm,
  documents,
  forms,
  help,
  institutionsForm,
  institutions,
  lettersForm,
  letters,
  lists,
  meetingsForm,
  meetings,
  organisationsForm,
  organisations,
  peopleForm,
  people,
  publicSite,
  publishing,
  reminders,
  search,
  statementsForm,
  statements,
  themesForm,
};

type Namespaces = typeof namespaces;
// Each namespace file types its English text after its French one, so both have this shape.
export type Messages = { [N in keyof Namespaces]: Namespaces[N]["fr"] };

function pick(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(namespaces).map(([name, texts]) => [name, texts[locale]])) as Messages;
}

export const messages: Record<Locale, Messages> = { fr: pick("fr"), en: pick("en") };
