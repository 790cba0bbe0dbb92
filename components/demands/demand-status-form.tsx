"use client";
// One step of a demand's life: date, status, its source, the note. Recorded against the demand's
// version (its status follows its latest step), or corrected in place against the step's own.
import { ActionForm, VersionField, type ActionFormTexts } from "@/components/ui/action-form";
import { CheckboxField, SelectField, TextField, type Option } from "@/components/ui/form-fields";
import { recordDemandStatusAction, updateDemandStatusAction } from "@/lib/demands/history-actions";
import type { DemandWorkMessages } from "@/lib/i18n/messages/demand-work";
import { StepSourceFields, type StepSourceOptions, type StepSourceValues } from "./step-source-fields";

/** A step as the form shows it: its date as `<input type="date">` wants it; null is empty. */
export type DemandStatusFormValues = StepSourceValues & { date: string; status: string; milestone: boolean };

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
  options: StepSourceOptions & { statuses: Option[] };
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
      <StepSourceFields initial={initial} options={options} preselected={preselected} fields={f} />
      <CheckboxField name="milestone" label={f.milestone} initial={initial?.milestone} />
    </ActionForm>
  );
}
