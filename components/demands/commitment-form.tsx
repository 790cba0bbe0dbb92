"use client";
// A promise an official made about a demand: by the position held that day, when, due, kept.
// Recorded (one-time submission id) or updated in place — kept on a day, broken — (version).
import { ActionForm, VersionField, type ActionFormTexts } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";
import { recordCommitmentAction, updateCommitmentAction } from "@/lib/demands/history-actions";
import type { DemandWorkMessages } from "@/lib/i18n/messages/demand-work";

/** A commitment as the form shows it: its dates as `<input type="date">` wants them; null is empty. */
export type CommitmentFormValues = {
  descriptionFr: string;
  descriptionEn: string | null;
  promisedByPositionId: string | null;
  promisedOn: string;
  dueOn: string;
  keptOn: string;
  sourceMeetingId: string | null;
  sourceLetterId: string | null;
  status: string;
  visibility: string;
  note: string | null;
};

export function CommitmentForm({
  demand,
  record,
  submissionId,
  initial,
  options,
  preselected,
  t,
}: {
  demand: { id: string; visibility: string };
  /** The commitment being updated; absent when recording a new one. */
  record?: { id: string; version: number };
  submissionId?: string;
  initial?: CommitmentFormValues;
  options: { statuses: Option[]; visibilities: Option[]; positions: Option[]; meetings: Option[]; letters: Option[] };
  preselected: { meetingId?: string; letterId?: string };
  t: { form: ActionFormTexts; fields: DemandWorkMessages["fields"] };
}) {
  const f = t.fields;
  return (
    <ActionForm action={record ? updateCommitmentAction : recordCommitmentAction} texts={t.form} className="max-w-2xl">
      <input type="hidden" name="demandId" value={demand.id} />
      {record ? (
        <>
          <input type="hidden" name="commitmentId" value={record.id} />
          <VersionField version={record.version} />
        </>
      ) : (
        <input type="hidden" name="submissionId" value={submissionId} />
      )}
      <TextAreaField name="descriptionFr" label={f.descriptionFr} rows={3} initial={initial?.descriptionFr} required />
      <TextAreaField name="descriptionEn" label={f.descriptionEn} rows={3} initial={initial?.descriptionEn} />
      <SelectField name="promisedByPositionId" label={f.promisedByPositionId} options={options.positions} emptyLabel={f.none} initial={initial?.promisedByPositionId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField type="date" name="promisedOn" label={f.promisedOn} initial={initial?.promisedOn} />
        <TextField type="date" name="dueOn" label={f.dueOn} initial={initial?.dueOn} />
        <TextField type="date" name="keptOn" label={f.keptOn} hint={f.keptOnHint} initial={initial?.keptOn} />
      </div>
      <SelectField name="sourceMeetingId" label={f.sourceMeetingId} options={options.meetings} emptyLabel={f.none} initial={initial ? initial.sourceMeetingId : preselected.meetingId} />
      <SelectField name="sourceLetterId" label={f.sourceLetterId} options={options.letters} emptyLabel={f.none} initial={initial ? initial.sourceLetterId : preselected.letterId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="status" label={f.commitmentStatus} options={options.statuses} initial={initial?.status ?? "PENDING"} required />
        <SelectField name="visibility" label={f.visibility} options={options.visibilities} initial={initial?.visibility ?? demand.visibility} required />
      </div>
      <TextAreaField name="note" label={f.note} rows={3} initial={initial?.note} />
    </ActionForm>
  );
}
