"use client";
// A theme's names: a new one carries a one-time submission id (its slug is made from its French
// name), an existing one its version (its slug stays).
import { ActionForm, RecordIdentityFields, type ActionFormTexts, type RecordFormProps } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import type { ThemesFormMessages } from "@/lib/i18n/messages/themes-form";

export type ThemeFormTexts = { form: ActionFormTexts; fields: ThemesFormMessages["fields"]; nameFrHint: string };

export function ThemeForm({ action, record, submissionId, initial, t }: RecordFormProps<{ nameFr: string; nameEn: string }, ThemeFormTexts>) {
  return (
    <ActionForm action={action} texts={t.form} className="max-w-2xl">
      <RecordIdentityFields idName="themeId" record={record} submissionId={submissionId} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="nameFr" label={t.fields.nameFr} hint={t.nameFrHint} initial={initial?.nameFr} required maxLength={200} />
        <TextField name="nameEn" label={t.fields.nameEn} initial={initial?.nameEn} required maxLength={200} />
      </div>
    </ActionForm>
  );
}
