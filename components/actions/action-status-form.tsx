"use client";
// Changes an action's status with a note, against the version the page was read at.
import { ActionForm, VersionField, type ActionFormTexts } from "@/components/ui/action-form";
import { SelectField, TextAreaField, type Option } from "@/components/ui/form-fields";
import { changeActionStatusAction } from "@/lib/actions/actions";

export function ActionStatusForm({
  action,
  statuses,
  t,
}: {
  action: { id: string; version: number; status: string };
  statuses: Option[];
  t: ActionFormTexts & { newStatus: string; note: string; noteHint: string };
}) {
  return (
    <ActionForm action={changeActionStatusAction} texts={t} className="max-w-xl">
      <input type="hidden" name="actionId" value={action.id} />
      <VersionField version={action.version} />
      <SelectField name="status" label={t.newStatus} options={statuses} required />
      <TextAreaField name="note" label={t.note} hint={t.noteHint} rows={3} />
    </ActionForm>
  );
}
