"use client";
// The one form for a letter, sent or received, new or edited: the create form carries a one-time
// submission id, the edit form the version it read.
import type { ReactNode } from "react";
import { ActionForm, VersionField } from "@/components/ui/action-form";
import { CheckboxListField, SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";
import { createLetterAction, updateLetterAction } from "@/lib/letters/actions";
import type { PositionChoice } from "@/lib/letters/form-queries";
import { RecipientRows, type RecipientRowsTexts } from "./recipient-rows";

export type LetterFormValues = {
  direction: string;
  date: string;
  datePrecision: string;
  subjectFr: string;
  subjectEn: string;
  summaryFr: string;
  summaryEn: string;
  senderName: string;
  senderOrganisationId: string;
  senderInstitutionId: string;
  recipients: { institutionId: string | null; positionId: string | null; organisationId: string | null }[];
  inReplyToId: string;
  replyExpectedBy: string;
  demandIds: string[];
  campaignId: string;
  visibility: string;
  confidentialNotes: string;
};

export type LetterFormChoicesProps = {
  directions: Option[];
  datePrecisions: Option[];
  visibilities: Option[];
  institutions: Option[];
  organisations: Option[];
  campaigns: Option[];
  positions: PositionChoice[];
  letters: Option[];
  demands: Option[];
};

export type LetterFormTexts = {
  submit: string;
  pending: string;
  conflictBody: string;
  conflictBy: string;
  none: string;
  sections: Record<"letter" | "sender" | "recipients" | "follow" | "internal", string>;
  fields: Record<string, string>;
  recipient: RecipientRowsTexts;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-base font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function LetterForm({
  identity,
  initial,
  choices,
  t,
}: {
  identity: { submissionId: string } | { letterId: string; version: number };
  initial: LetterFormValues;
  choices: LetterFormChoicesProps;
  t: LetterFormTexts;
}) {
  const f = t.fields;
  const editing = "letterId" in identity;
  return (
    <ActionForm
      action={editing ? updateLetterAction : createLetterAction}
      texts={{ submit: t.submit, pending: t.pending, conflictBody: t.conflictBody, conflictBy: t.conflictBy }}
      className="max-w-4xl"
    >
      {editing ? (
        <>
          <input type="hidden" name="letterId" value={identity.letterId} />
          <VersionField version={identity.version} />
        </>
      ) : (
        <input type="hidden" name="submissionId" value={identity.submissionId} />
      )}
      <Section title={t.sections.letter}>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField name="direction" label={f.direction} options={choices.directions} initial={initial.direction} required />
          <TextField name="date" type="date" label={f.date} initial={initial.date} required />
          <SelectField name="datePrecision" label={f.datePrecision} options={choices.datePrecisions} initial={initial.datePrecision} />
        </div>
        <TextField name="subjectFr" label={f.subjectFr} initial={initial.subjectFr} required maxLength={500} />
        <TextField name="subjectEn" label={f.subjectEn} initial={initial.subjectEn} maxLength={500} />
        <TextAreaField name="summaryFr" label={f.summaryFr} initial={initial.summaryFr} rows={5} />
        <TextAreaField name="summaryEn" label={f.summaryEn} initial={initial.summaryEn} rows={5} />
      </Section>
      <Section title={t.sections.sender}>
        <TextField name="senderName" label={f.senderName} hint={f.senderNameHint} initial={initial.senderName} maxLength={300} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="senderOrganisationId" label={f.senderOrganisationId} options={choices.organisations} initial={initial.senderOrganisationId} emptyLabel={t.none} />
          <SelectField name="senderInstitutionId" label={f.senderInstitutionId} options={choices.institutions} initial={initial.senderInstitutionId} emptyLabel={t.none} />
        </div>
      </Section>
      <Section title={t.sections.recipients}>
        <RecipientRows
          initial={initial.recipients}
          institutions={choices.institutions}
          organisations={choices.organisations}
          positions={choices.positions}
          dateFieldId="date"
          t={t.recipient}
        />
      </Section>
      <Section title={t.sections.follow}>
        <SelectField name="inReplyToId" label={f.inReplyToId} hint={f.inReplyToHint} options={choices.letters} initial={initial.inReplyToId} emptyLabel={t.none} />
        <TextField name="replyExpectedBy" type="date" label={f.replyExpectedBy} hint={f.replyExpectedByHint} initial={initial.replyExpectedBy} />
        <CheckboxListField name="demandIds" label={f.demandIds} options={choices.demands} initial={initial.demandIds} />
        <SelectField name="campaignId" label={f.campaignId} options={choices.campaigns} initial={initial.campaignId} emptyLabel={t.none} />
      </Section>
      <Section title={t.sections.internal}>
        <SelectField name="visibility" label={f.visibility} options={choices.visibilities} initial={initial.visibility} required />
        <TextAreaField name="confidentialNotes" label={f.confidentialNotes} initial={initial.confidentialNotes} rows={3} />
      </Section>
    </ActionForm>
  );
}
