"use client";
// A position: added to a person (one-time submission id) or corrected in place (version).
import { ActionForm, VersionField, type ActionFormTexts } from "@/components/ui/action-form";
import { SelectField, TextField, type Option } from "@/components/ui/form-fields";
import type { FormState } from "@/lib/forms/state";

export type PositionFormValues = { title: string; titleEn: string; institutionId: string; startDate: string; endDate: string };

export type PositionFormTexts = {
  form: ActionFormTexts;
  fields: { title: string; titleEn: string; institutionId: string; startDate: string; endDate: string };
  hints: { endDate: string };
  chooseInstitution: string;
};

export function PositionForm({
  action,
  personId,
  record,
  submissionId,
  initial,
  institutions,
  t,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  personId: string;
  record?: { id: string; version: number };
  submissionId?: string;
  initial?: Partial<PositionFormValues>;
  institutions: Option[];
  t: PositionFormTexts;
}) {
  return (
    <ActionForm action={action} texts={t.form} className="max-w-2xl">
      {record ? (
        <>
          <input type="hidden" name="positionId" value={record.id} />
          <VersionField version={record.version} />
        </>
      ) : (
        <>
          <input type="hidden" name="personId" value={personId} />
          <input type="hidden" name="submissionId" value={submissionId} />
        </>
      )}
      <TextField name="title" label={t.fields.title} initial={initial?.title} required maxLength={300} />
      <TextField name="titleEn" label={t.fields.titleEn} initial={initial?.titleEn} maxLength={300} />
      <SelectField name="institutionId" label={t.fields.institutionId} options={institutions} initial={initial?.institutionId} emptyLabel={t.chooseInstitution} required />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="startDate" type="date" label={t.fields.startDate} initial={initial?.startDate} />
        <TextField name="endDate" type="date" label={t.fields.endDate} hint={t.hints.endDate} initial={initial?.endDate} />
      </div>
    </ActionForm>
  );
}
