"use client";
// A promise an official made about a demand: by the position held that day, when, due, kept.
import { ActionForm, type ActionFormTexts } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";
import { recordCommitmentAction } from "@/lib/demands/history-actions";
import type { DemandWorkMessages } from "@/lib/i18n/messages/demand-work";

export function CommitmentForm({
  demand,
  submissionId,
  options,
  preselected,
  t,
}: {
  demand: { id: string; visibility: string };
  submissionId: string;
  options: { statuses: Option[]; visibilities: Option[]; positions: Option[]; meetings: Option[]; letters: Option[] };
  preselected: { meetingId?: string; letterId?: string };
  t: { form: ActionFormTexts; fields: DemandWorkMessages["fields"] };
}) {
  const f = t.fields;
  return (
    <ActionForm action={recordCommitmentAction} texts={t.form} className="max-w-2xl">
      <input type="hidden" name="demandId" value={demand.id} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <TextAreaField name="descriptionFr" label={f.descriptionFr} rows={3} required />
      <TextAreaField name="descriptionEn" label={f.descriptionEn} rows={3} />
      <SelectField name="promisedByPositionId" label={f.promisedByPositionId} options={options.positions} emptyLabel={f.none} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField type="date" name="promisedOn" label={f.promisedOn} />
        <TextField type="date" name="dueOn" label={f.dueOn} />
        <TextField type="date" name="keptOn" label={f.keptOn} />
      </div>
      <SelectField name="sourceMeetingId" label={f.sourceMeetingId} options={options.meetings} emptyLabel={f.none} initial={preselected.meetingId} />
      <SelectField name="sourceLetterId" label={f.sourceLetterId} options={options.letters} emptyLabel={f.none} initial={preselected.letterId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="status" label={f.commitmentStatus} options={options.statuses} initial="PENDING" required />
        <SelectField name="visibility" label={f.visibility} options={options.visibilities} initial={demand.visibility} required />
      </div>
      <TextAreaField name="note" label={f.note} rows={3} />
    </ActionForm>
  );
}
