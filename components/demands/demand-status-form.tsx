"use client";
// One step of a demand's life: date, status, its source, the note. Recorded against the demand's
// version (its status follows its latest step), or corrected in place against the step's own.
import { ActionForm, VersionField, type ActionFormTexts } from "@/components/ui/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";
import { recordDemandStatusAction, updateDemandStatusAction } from "@/lib/demands/history-actions";
import type { DemandWorkMessages } from "@/lib/i18n/messages/demand-work";

/** A step as the form shows it: its date as `<input type="date">` wants it; null is empty. */
export type DemandStatusFormValues = {
  date: string;
  status: string;
  sourceMeetingId: string | null;
  sourceLetterId: string | null;
  sourceStatementId: string | null;
  sourceLabel: string | null;
  noteFr: string;
  noteEn: string | null;
  milestone: boolean;
};

export function DemandStatusForm({
  demand,
  step,
  submissionId,
  initial,
  options,
  preselected,
  today,
  t,
}: {
  demand: { id: string; version: number };
  /** The step being corrected; absent when recording a new one. */
  step?: { id: string; version: number };
  submissionId?: string;
  initial?: DemandStatusFormValues;
  options: { statuses: Option[]; meetings: Option[]; letters: Option[]; statements: Option[] };
  preselected: { meetingId?: string; letterId?: string };
  /** A new step's date to start from. */
  today?: string;
  t: { form: ActionFormTexts; fields: DemandWorkMessages["fields"] };
}) {
  const f = t.fields;
  return (
    <ActionForm action={step ? updateDemandStatusAction : recordDemandStatusAction} texts={t.form} className="max-w-2xl">
      <input type="hidden" name="demandId" value={demand.id} />
      {step ? (
        <>
          <input type="hidden" name="changeId" value={step.id} />
          <VersionField version={step.version} />
        </>
      ) : (
        <>
          <input type="hidden" name="submissionId" value={submissionId} />
          <VersionField version={demand.version} />
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField type="date" name="date" label={f.date} initial={initial?.date ?? today} required />
        <SelectField name="status" label={f.status} options={options.statuses} initial={initial?.status} required />
      </div>
      <SelectField name="sourceMeetingId" label={f.sourceMeetingId} options={options.meetings} emptyLabel={f.none} initial={initial ? initial.sourceMeetingId : preselected.meetingId} />
      <SelectField name="sourceLetterId" label={f.sourceLetterId} options={options.letters} emptyLabel={f.none} initial={initial ? initial.sourceLetterId : preselected.letterId} />
      <SelectField name="sourceStatementId" label={f.sourceStatementId} options={options.statements} emptyLabel={f.none} initial={initial?.sourceStatementId} />
      <TextField name="sourceLabel" label={f.sourceLabel} hint={f.sourceLabelHint} maxLength={300} initial={initial?.sourceLabel} />
      <TextAreaField name="noteFr" label={f.noteFr} rows={3} initial={initial?.noteFr} required />
      <TextAreaField name="noteEn" label={f.noteEn} rows={3} initial={initial?.noteEn} />
      <CheckboxField name="milestone" label={f.milestone} initial={initial?.milestone} />
    </ActionForm>
  );
}
