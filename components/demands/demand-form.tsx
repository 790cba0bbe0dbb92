"use client";
// One form for a new demand and for an existing one: a new one carries a one-time submission id,
// the day it was raised and its first step (source and note); an existing one its version. Its
// later steps have their own forms.
import { ActionForm, RecordIdentityFields, type ActionFormTexts, type RecordFormProps } from "@/components/ui/action-form";
import { CheckboxListField, SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";
import type { DemandWorkMessages } from "@/lib/i18n/messages/demand-work";
import type { DemandsFormMessages } from "@/lib/i18n/messages/demands-form";
import { StepSourceFields, type StepSourceOptions } from "./step-source-fields";

export type DemandFormValues = {
  titleFr: string;
  titleEn: string;
  descriptionFr: string;
  descriptionEn: string;
  raisedOn: string;
  themes: string[];
  targets: string[];
  campaignId: string;
  visibility: string;
};

export type DemandFormTexts = {
  form: ActionFormTexts;
  fields: DemandsFormMessages["fields"];
  hints: DemandsFormMessages["hints"];
  none: string;
  firstStep: string;
  firstStepHint: string;
  stepFields: DemandWorkMessages["fields"];
};

export type DemandFormChoices = { themes: Option[]; institutions: Option[]; campaigns: Option[]; visibilities: Option[] };

export function DemandForm({
  action,
  record,
  submissionId,
  firstStep,
  initial,
  choices,
  t,
}: RecordFormProps<DemandFormValues, DemandFormTexts> & {
  /** A new demand's first step: the sources it may cite, and the one it is created from. */
  firstStep?: { options: StepSourceOptions; preselected: { meetingId?: string; letterId?: string } };
  choices: DemandFormChoices;
}) {
  const f = t.fields;
  return (
    <ActionForm action={action} texts={t.form} className="max-w-3xl">
      <RecordIdentityFields idName="demandId" record={record} submissionId={submissionId} />
      <TextField name="titleFr" label={f.titleFr} initial={initial?.titleFr} required maxLength={300} />
      <TextField name="titleEn" label={f.titleEn} initial={initial?.titleEn} maxLength={300} />
      {firstStep && <TextField name="raisedOn" type="date" label={f.raisedOn} hint={t.hints.raisedOn} initial={initial?.raisedOn} required />}
      <TextAreaField name="descriptionFr" label={f.descriptionFr} hint={t.hints.description} initial={initial?.descriptionFr} rows={5} />
      <TextAreaField name="descriptionEn" label={f.descriptionEn} initial={initial?.descriptionEn} rows={5} />
      <CheckboxListField name="themes" label={f.themes} options={choices.themes} initial={initial?.themes} />
      <CheckboxListField name="targets" label={f.targets} options={choices.institutions} initial={initial?.targets} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="campaignId" label={f.campaignId} options={choices.campaigns} emptyLabel={t.none} initial={initial?.campaignId} />
        <SelectField name="visibility" label={f.visibility} hint={t.hints.visibility} options={choices.visibilities} initial={initial?.visibility} required />
      </div>
      {firstStep && (
        <fieldset className="flex flex-col gap-5 rounded-md border border-slate-200 p-4" aria-describedby="first-step-hint">
          <legend className="px-1 text-base font-semibold">{t.firstStep}</legend>
          <p id="first-step-hint" className="text-sm text-slate-700">
            {t.firstStepHint}
          </p>
          <StepSourceFields options={firstStep.options} preselected={firstStep.preselected} fields={t.stepFields} />
        </fieldset>
      )}
    </ActionForm>
  );
}
