"use client";
// An organisation: a new one carries a one-time submission id, an existing one its version.
import { ActionForm, RecordIdentityFields, type ActionFormTexts, type RecordFormProps } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/form-fields";

export type OrganisationFormValues = {
  name: string;
  acronym: string;
  website: string;
  publicContact: string;
  descriptionFr: string;
  descriptionEn: string;
};

export type OrganisationFormTexts = {
  form: ActionFormTexts;
  fields: Record<keyof OrganisationFormValues, string>;
  hints: { website: string; publicContact: string; description: string };
};

export function OrganisationForm({ action, record, submissionId, initial, t }: RecordFormProps<OrganisationFormValues, OrganisationFormTexts>) {
  return (
    <ActionForm action={action} texts={t.form} className="max-w-2xl">
      <RecordIdentityFields idName="organisationId" record={record} submissionId={submissionId} />
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
        <TextField name="name" label={t.fields.name} initial={initial?.name} required maxLength={200} />
        <TextField name="acronym" label={t.fields.acronym} initial={initial?.acronym} maxLength={40} />
      </div>
      <TextField name="website" type="url" label={t.fields.website} hint={t.hints.website} initial={initial?.website} maxLength={500} />
      <TextField name="publicContact" label={t.fields.publicContact} hint={t.hints.publicContact} initial={initial?.publicContact} maxLength={300} />
      <TextAreaField name="descriptionFr" label={t.fields.descriptionFr} hint={t.hints.description} initial={initial?.descriptionFr} rows={5} />
      <TextAreaField name="descriptionEn" label={t.fields.descriptionEn} initial={initial?.descriptionEn} rows={5} />
    </ActionForm>
  );
}
