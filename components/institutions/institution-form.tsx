"use client";
// One form for a new institution and for an existing one: a new one carries a one-time
// submission id, an existing one the version it was read at.
import { ActionForm, RecordIdentityFields, type ActionFormTexts, type RecordFormProps } from "@/components/ui/action-form";
import { SelectField, TextField, type Option } from "@/components/ui/form-fields";

export type InstitutionFormValues = {
  name: string;
  nameEn: string;
  acronym: string;
  kind: string;
  address: string;
  website: string;
  endedOn: string;
  successorId: string;
};

export type InstitutionFormTexts = {
  form: ActionFormTexts;
  fields: Record<keyof InstitutionFormValues, string>;
  hints: { website: string; endedOn: string; successorId: string };
  kinds: Option[];
  chooseKind: string;
  noSuccessor: string;
};

export function InstitutionForm({
  action,
  record,
  submissionId,
  initial,
  successors,
  t,
}: RecordFormProps<InstitutionFormValues, InstitutionFormTexts> & { successors: Option[] }) {
  // An institution is never offered as its own successor.
  const successorOptions = record ? successors.filter((option) => option.value !== record.id) : successors;
  return (
    <ActionForm action={action} texts={t.form} className="max-w-2xl">
      <RecordIdentityFields idName="institutionId" record={record} submissionId={submissionId} />
      <TextField name="name" label={t.fields.name} initial={initial?.name} required maxLength={300} />
      <TextField name="nameEn" label={t.fields.nameEn} initial={initial?.nameEn} maxLength={300} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="acronym" label={t.fields.acronym} initial={initial?.acronym} maxLength={40} />
        <SelectField name="kind" label={t.fields.kind} options={t.kinds} initial={initial?.kind} emptyLabel={t.chooseKind} required />
      </div>
      <TextField name="address" label={t.fields.address} initial={initial?.address} maxLength={500} />
      <TextField name="website" type="url" label={t.fields.website} hint={t.hints.website} initial={initial?.website} maxLength={500} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="endedOn" type="date" label={t.fields.endedOn} hint={t.hints.endedOn} initial={initial?.endedOn} />
        <SelectField
          name="successorId"
          label={t.fields.successorId}
          hint={t.hints.successorId}
          options={successorOptions}
          initial={initial?.successorId}
          emptyLabel={t.noSuccessor}
        />
      </div>
    </ActionForm>
  );
}
