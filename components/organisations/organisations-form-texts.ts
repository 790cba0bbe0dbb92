// The organisation forms' texts, from the user's messages (plain strings for client forms).
import { actionFormTexts } from "@/lib/forms/texts";
import type { Messages } from "@/lib/i18n/messages";
import type { MembershipEventFormTexts } from "./membership-event-form";
import type { OrganisationFormTexts } from "./organisation-form";

// The labels are the lists' own (one wording per term); a select shows them capitalised.
const capitalised = (label: string) => label.charAt(0).toLocaleUpperCase("fr") + label.slice(1);
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label: capitalised(label) }));

export function organisationFormTexts(t: Messages, submit: string): OrganisationFormTexts {
  const f = t.organisationsForm;
  return { form: actionFormTexts(t, submit), fields: f.fields, hints: f.hints };
}

export function membershipEventFormTexts(t: Messages): MembershipEventFormTexts {
  const f = t.organisationsForm;
  return {
    form: actionFormTexts(t, f.recordEventSubmit),
    fields: f.fields,
    hints: f.hints,
    kinds: options(t.organisations.eventKinds),
    voteResults: options(t.organisations.voteResults),
    chooseKind: f.chooseKind,
    noVoteResult: f.noVoteResult,
    noMeeting: f.noMeeting,
  };
}
