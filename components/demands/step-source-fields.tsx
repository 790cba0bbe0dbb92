"use client";
// Where a step of a demand's life comes from and what it says: one source (a meeting, a letter, a
// statement, or an outside act named in words) and its note in French and English. The status
// forms and a new demand's first step show these same fields.
import { SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";
import type { DemandWorkMessages } from "@/lib/i18n/messages/demand-work";

export type StepSourceValues = {
  sourceMeetingId: string | null;
  sourceLetterId: string | null;
  sourceStatementId: string | null;
  sourceLabel: string | null;
  noteFr: string;
  noteEn: string | null;
};

export type StepSourceOptions = { meetings: Option[]; letters: Option[]; statements: Option[] };

export function StepSourceFields({
  initial,
  options,
  preselected,
  fields: f,
}: {
  /** The step as saved, when correcting one. */
  initial?: StepSourceValues;
  options: StepSourceOptions;
  /** A new step's source, chosen from the meeting or letter page it is recorded from. */
  preselected: { meetingId?: string; letterId?: string };
  fields: DemandWorkMessages["fields"];
}) {
  return (
    <>
      <SelectField name="sourceMeetingId" label={f.sourceMeetingId} options={options.meetings} emptyLabel={f.none} initial={initial ? initial.sourceMeetingId : preselected.meetingId} />
      <SelectField name="sourceLetterId" label={f.sourceLetterId} options={options.letters} emptyLabel={f.none} initial={initial ? initial.sourceLetterId : preselected.letterId} />
      <SelectField name="sourceStatementId" label={f.sourceStatementId} options={options.statements} emptyLabel={f.none} initial={initial?.sourceStatementId} />
      <TextField name="sourceLabel" label={f.sourceLabel} hint={f.sourceLabelHint} maxLength={300} initial={initial?.sourceLabel} />
      <TextAreaField name="noteFr" label={f.noteFr} rows={3} initial={initial?.noteFr} required />
      <TextAreaField name="noteEn" label={f.noteEn} rows={3} initial={initial?.noteEn} />
    </>
  );
}
