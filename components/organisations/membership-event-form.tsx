"use client";
// One step of an organisation's membership history; its status is recomputed on the server.
import { ActionForm, type ActionFormTexts } from "@/components/ui/action-form";
import { SelectField, TextField, type Option } from "@/components/ui/form-fields";
import type { FormState } from "@/lib/forms/state";

export type MembershipEventFormTexts = {
  form: ActionFormTexts;
  fields: { kind: string; date: string; voteResult: string; meetingId: string; note: string };
  hints: { voteResult: string };
  kinds: Option[];
  voteResults: Option[];
  chooseKind: string;
  noVoteResult: string;
  noMeeting: string;
};

export function MembershipEventForm({
  action,
  organisationId,
  submissionId,
  plenaries,
  t,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  organisationId: string;
  submissionId: string;
  plenaries: Option[];
  t: MembershipEventFormTexts;
}) {
  return (
    <ActionForm action={action} texts={t.form} className="max-w-2xl">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="kind" label={t.fields.kind} options={t.kinds} emptyLabel={t.chooseKind} required />
        <TextField name="date" type="date" label={t.fields.date} required />
      </div>
      <SelectField name="voteResult" label={t.fields.voteResult} hint={t.hints.voteResult} options={t.voteResults} emptyLabel={t.noVoteResult} />
      <SelectField name="meetingId" label={t.fields.meetingId} options={plenaries} emptyLabel={t.noMeeting} />
      <TextField name="note" label={t.fields.note} maxLength={2000} />
    </ActionForm>
  );
}
