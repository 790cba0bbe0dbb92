"use client";
// The one form for a statement, new or edited: title and Markdown text in French and English.
import { ActionForm, VersionField } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/ui/form-fields";
import { createStatementAction, updateStatementAction } from "@/lib/statements/actions";

export type StatementFormValues = {
  date: string;
  datePrecision: string;
  titleFr: string;
  titleEn: string;
  textFr: string;
  textEn: string;
  bill: string;
  campaignId: string;
  visibility: string;
};

export type StatementFormTexts = {
  submit: string;
  pending: string;
  conflictBody: string;
  conflictBy: string;
  none: string;
  fields: Record<keyof StatementFormValues | "textHint" | "billHint", string>;
};

export function StatementForm({
  identity,
  initial,
  choices,
  t,
}: {
  identity: { submissionId: string } | { statementId: string; version: number };
  initial: StatementFormValues;
  choices: { campaigns: Option[]; datePrecisions: Option[]; visibilities: Option[] };
  t: StatementFormTexts;
}) {
  const f = t.fields;
  const editing = "statementId" in identity;
  return (
    <ActionForm
      action={editing ? updateStatementAction : createStatementAction}
      texts={{ submit: t.submit, pending: t.pending, conflictBody: t.conflictBody, conflictBy: t.conflictBy }}
      className="max-w-3xl"
    >
      {editing ? (
        <>
          <input type="hidden" name="statementId" value={identity.statementId} />
          <VersionField version={identity.version} />
        </>
      ) : (
        <input type="hidden" name="submissionId" value={identity.submissionId} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="date" type="date" label={f.date} initial={initial.date} required />
        <SelectField name="datePrecision" label={f.datePrecision} options={choices.datePrecisions} initial={initial.datePrecision} />
      </div>
      <TextField name="titleFr" label={f.titleFr} initial={initial.titleFr} required maxLength={300} />
      <TextField name="titleEn" label={f.titleEn} initial={initial.titleEn} maxLength={300} />
      <TextAreaField name="textFr" label={f.textFr} hint={f.textHint} initial={initial.textFr} rows={12} required />
      <TextAreaField name="textEn" label={f.textEn} hint={f.textHint} initial={initial.textEn} rows={12} />
      <TextField name="bill" label={f.bill} hint={f.billHint} initial={initial.bill} maxLength={300} />
      <SelectField name="campaignId" label={f.campaignId} options={choices.campaigns} initial={initial.campaignId} emptyLabel={t.none} />
      <SelectField name="visibility" label={f.visibility} options={choices.visibilities} initial={initial.visibility} required />
    </ActionForm>
  );
}
