// Every interface text, by namespace. Each namespace file holds its French text and an English
// text of the same shape, so a missing translation fails the type check.
import { actions } from "./actions";
import { auth } from "./auth";
import { campaigns } from "./campaigns";
import { common } from "./common";
import { demands } from "./demands";
import { institutions } from "./institutions";
import { letters } from "./letters";
import { lists } from "./lists";
import { meetings } from "./meetings";
import { organisations } from "./organisations";
import { people } from "./people";
import { statements } from "./statements";
import type { Locale } from "../locales";

export const messages = {
  fr: {
    common: common.fr,
    auth: auth.fr,
    lists: lists.fr,
    meetings: meetings.fr,
    demands: demands.fr,
    actions: actions.fr,
    letters: letters.fr,
    statements: statements.fr,
    campaigns: campaigns.fr,
    organisations: organisations.fr,
    institutions: institutions.fr,
    people: people.fr,
  },
  en: {
    common: common.en,
    auth: auth.en,
    lists: lists.en,
    meetings: meetings.en,
    demands: demands.en,
    actions: actions.en,
    letters: letters.en,
    statements: statements.en,
    campaigns: campaigns.en,
    organisations: organisations.en,
    institutions: institutions.en,
    people: people.en,
  },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof messages)["fr"];
