"use client";
// One step of a demand's life: date, status, its source, the note; saved against the demand's version.
import { ActionForm, VersionField, type ActionFormTexts } from "@/components/ui/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";
import { recordDemandStatusAction } from "@/lib/demands/history-actions";
import type { DemandWorkMessages } from "@/lib/i18n/messages/demand-work";

export function DemandStatusForm({
  demand,
  submissionId,
  options,
  preselected,
  today,
  t,
}: {
  demand: { id: string; version: number };
  submissionId: string;
  options: { statuses: Option[]; meetings: Option[]; letters: Option[]; statements: Option[] };
  preselected: { meetingId?: string; letterId?: string };
  today: string;
  t: { form: ActionFormTexts; fields: DemandWorkMessages["fields"] };
}) {
  const f = t.fields;
  return (
    <ActionForm action={recordDemandStatusAction} texts={t.form} className="max-w-2xl">
      <input type="hidden" name="demandId" value={demand.id} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <VersionField version={demand.version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField type="date" name="date" label={f.date} initial={today} required />
        <SelectField name="status" label={f.status} options={options.statuses} required />
      </div>
      <SelectField name="sourceMeetingId" label={f.sourceMeetingId} options={options.meetings} emptyLabel={f.none} initial={preselected.meetingId} />
      <SelectField name="sourceLetterId" label={f.sourceLetterId} options={options.letters} emptyLabel={f.none} initial={preselected.letterId} />
      <SelectField name="sourceStatementId" label={f.sourceStatementId} options={options.statements} emptyLabel={f.none} />
      <TextField name="sourceLabel" label={f.sourceLabel} hint={f.sourceLabelHint} maxLength={300} />
      <TextAreaField name="noteFr" label={f.noteFr} rows={3} required />
      <TextAreaField name="noteEn" label={f.noteEn} rows={3} />
      <CheckboxField name="milestone" label={f.milestone} />
    </ActionForm>
  );
}
