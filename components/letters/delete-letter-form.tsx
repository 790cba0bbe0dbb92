"use client";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/form-fields";
import { deleteLetterAction } from "@/lib/letters/actions";

/** Deleting asks for a ticked confirmation, so that it works, and is deliberate, without JavaScript. */
export function DeleteLetterForm({ letterId, version, t }: { letterId: string; version: number; t: { confirm: string; submit: string; pending: string; conflictBody: string } }) {
  return (
    <ActionForm action={deleteLetterAction} texts={{ submit: t.submit, pending: t.pending, conflictBody: t.conflictBody }}>
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="version" value={version} />
      <CheckboxField name="confirm" label={t.confirm} />
    </ActionForm>
  );
}
