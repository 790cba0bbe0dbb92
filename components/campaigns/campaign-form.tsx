"use client";
// A campaign (dossier): a new one carries a one-time submission id, an existing one its version.
import { ActionForm, RecordIdentityFields, type ActionFormTexts, type RecordFormProps } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";

export type CampaignFormValues = {
  slug: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  startsOn: string;
  endsOn: string;
  visibility: string;
};

export type CampaignFormTexts = {
  form: ActionFormTexts;
  fields: Record<keyof CampaignFormValues, string>;
  hints: { slug: string; description: string; visibility: string };
  visibilities: Option[];
};

export function CampaignForm({ action, record, submissionId, initial, t }: RecordFormProps<CampaignFormValues, CampaignFormTexts>) {
  return (
    <ActionForm action={action} texts={t.form} className="max-w-2xl">
      <RecordIdentityFields idName="campaignId" record={record} submissionId={submissionId} />
      <TextField name="nameFr" label={t.fields.nameFr} initial={initial?.nameFr} required maxLength={300} />
      <TextField name="nameEn" label={t.fields.nameEn} initial={initial?.nameEn} maxLength={300} />
      <TextField name="slug" label={t.fields.slug} hint={t.hints.slug} initial={initial?.slug} required={Boolean(record)} maxLength={80} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="startsOn" type="date" label={t.fields.startsOn} initial={initial?.startsOn} />
        <TextField name="endsOn" type="date" label={t.fields.endsOn} initial={initial?.endsOn} />
      </div>
      <SelectField name="visibility" label={t.fields.visibility} hint={t.hints.visibility} options={t.visibilities} initial={initial?.visibility ?? "PUBLIC"} required />
      <TextAreaField name="descriptionFr" label={t.fields.descriptionFr} hint={t.hints.description} initial={initial?.descriptionFr} rows={5} />
      <TextAreaField name="descriptionEn" label={t.fields.descriptionEn} initial={initial?.descriptionEn} rows={5} />
    </ActionForm>
  );
}
