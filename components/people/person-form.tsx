"use client";
// A person: a new one may come with the position they hold (one transaction); an existing one
// carries the version it was read at. Positions are then kept on their own forms.
import { ActionForm, RecordIdentityFields, type ActionFormTexts, type RecordFormProps } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";

export type PersonFormValues = { firstName: string; lastName: string; organisationId: string; notes: string };

export type PersonFormTexts = {
  form: ActionFormTexts;
  fields: Record<string, string>;
  hints: { organisationId: string; notes: string; endDate: string };
  noOrganisation: string;
  chooseInstitution: string;
  firstPosition: string;
  firstPositionHint: string;
};

export function PersonForm({
  action,
  record,
  submissionId,
  initial,
  organisations,
  institutions,
  t,
}: RecordFormProps<PersonFormValues, PersonFormTexts> & {
  organisations: Option[];
  /** Offered for the first position of a new person. */
  institutions?: Option[];
}) {
  return (
    <ActionForm action={action} texts={t.form} className="max-w-2xl">
      <RecordIdentityFields idName="personId" record={record} submissionId={submissionId} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="firstName" label={t.fields.firstName} initial={initial?.firstName} required maxLength={100} />
        <TextField name="lastName" label={t.fields.lastName} initial={initial?.lastName} required maxLength={100} />
      </div>
      <SelectField
        name="organisationId"
        label={t.fields.organisationId}
        hint={t.hints.organisationId}
        options={organisations}
        initial={initial?.organisationId}
        emptyLabel={t.noOrganisation}
      />
      <TextAreaField name="notes" label={t.fields.notes} hint={t.hints.notes} initial={initial?.notes} rows={4} />
      {!record && institutions && (
        <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-800">{t.firstPosition}</legend>
          <p className="text-xs text-slate-600">{t.firstPositionHint}</p>
          <TextField name="positionTitle" label={t.fields.positionTitle} maxLength={300} />
          <TextField name="positionTitleEn" label={t.fields.positionTitleEn} maxLength={300} />
          <SelectField name="positionInstitutionId" label={t.fields.positionInstitutionId} options={institutions} emptyLabel={t.chooseInstitution} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="positionStartDate" type="date" label={t.fields.positionStartDate} />
            <TextField name="positionEndDate" type="date" label={t.fields.positionEndDate} hint={t.hints.endDate} />
          </div>
        </fieldset>
      )}
    </ActionForm>
  );
}
