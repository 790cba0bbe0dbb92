// The letter form's choices and texts, assembled on the server as plain values for the browser.
import type { Messages } from "@/lib/i18n/messages";
import type { LetterFormChoices, LetterForEdit } from "@/lib/letters/form-queries";
import type { LetterFormChoicesProps, LetterFormTexts, LetterFormValues } from "./letter-form";
import { visibilityChoices } from "@/lib/forms/fields";

export function letterFormChoices(choices: LetterFormChoices, t: Messages): LetterFormChoicesProps {
  const l = t.lettersForm;
  return {
    directions: (["SENT", "RECEIVED"] as const).map((value) => ({ value, label: t.letters.directions[value] })),
    datePrecisions: (["DAY", "MONTH"] as const).map((value) => ({ value, label: l.datePrecisions[value] })),
    visibilities: visibilityChoices(t.common.visibility),
    institutions: choices.institutions,
    organisations: choices.organisations,
    campaigns: choices.campaigns,
    positions: choices.positions,
    letters: choices.letters.map(({ value, label }) => ({ value, label })),
    demands: choices.demands,
  };
}

export function letterFormTexts(t: Messages, editing: boolean): LetterFormTexts {
  const l = t.lettersForm;
  return {
    submit: editing ? l.save : l.create,
    pending: l.saving,
    conflictBody: l.conflictBody,
    conflictBy: l.conflictBy,
    none: l.none,
    sections: l.sections,
    fields: l.fields,
    recipient: { ...l.recipient, none: l.none },
  };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export function letterFormValues(letter: LetterForEdit): LetterFormValues {
  return {
    direction: letter.direction,
    date: day(letter.date),
    datePrecision: letter.datePrecision,
    subjectFr: letter.subjectFr,
    subjectEn: letter.subjectEn ?? "",
    summaryFr: letter.summaryFr ?? "",
    summaryEn: letter.summaryEn ?? "",
    senderName: letter.senderName ?? "",
    senderOrganisationId: letter.senderOrganisationId ?? "",
    senderInstitutionId: letter.senderInstitutionId ?? "",
    recipients: letter.recipients,
    inReplyToId: letter.inReplyToId ?? "",
    replyExpectedBy: day(letter.replyExpectedBy),
    demandIds: letter.demands.map((demand) => demand.demandId),
    campaignId: letter.campaignId ?? "",
    visibility: letter.visibility,
    confidentialNotes: letter.confidentialNotes ?? "",
  };
}

export const EMPTY_LETTER: LetterFormValues = {
  direction: "SENT",
  date: "",
  datePrecision: "DAY",
  subjectFr: "",
  subjectEn: "",
  summaryFr: "",
  summaryEn: "",
  senderName: "",
  senderOrganisationId: "",
  senderInstitutionId: "",
  recipients: [],
  inReplyToId: "",
  replyExpectedBy: "",
  demandIds: [],
  campaignId: "",
  visibility: "MEMBERS",
  confidentialNotes: "",
};
