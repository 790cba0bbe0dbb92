"use client";
// A change of job: the current position ends on a date and the next starts that same day.
import { ActionForm, VersionField, type ActionFormTexts } from "@/components/ui/action-form";
import { SelectField, TextField, type Option } from "@/components/ui/form-fields";
import type { FormState } from "@/lib/forms/state";

export type EndAndStartFormTexts = {
  form: ActionFormTexts;
  fields: { changeDate: string; title: string; titleEn: string; institutionId: string };
  hints: { changeDate: string };
  chooseInstitution: string;
  newPositionLegend: string;
};

export function EndAndStartForm({
  action,
  position,
  institutions,
  t,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  position: { id: string; version: number; institutionId: string };
  institutions: Option[];
  t: EndAndStartFormTexts;
}) {
  return (
    <ActionForm action={action} texts={t.form} className="max-w-2xl">
      <input type="hidden" name="positionId" value={position.id} />
      <VersionField version={position.version} />
      <TextField name="changeDate" type="date" label={t.fields.changeDate} hint={t.hints.changeDate} required />
      <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t.newPositionLegend}</legend>
        <TextField name="title" label={t.fields.title} required maxLength={300} />
        <TextField name="titleEn" label={t.fields.titleEn} maxLength={300} />
        <SelectField name="institutionId" label={t.fields.institutionId} options={institutions} initial={position.institutionId} emptyLabel={t.chooseInstitution} required />
      </fieldset>
    </ActionForm>
  );
}
