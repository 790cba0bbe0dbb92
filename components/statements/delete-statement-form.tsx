"use client";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/form-fields";
import { deleteStatementAction } from "@/lib/statements/actions";

/** Deleting asks for a ticked confirmation, so that it works, and is deliberate, without JavaScript. */
export function DeleteStatementForm({
  statementId,
  version,
  t,
}: {
  statementId: string;
  version: number;
  t: { confirm: string; submit: string; pending: string; conflictBody: string };
}) {
  return (
    <ActionForm action={deleteStatementAction} texts={{ submit: t.submit, pending: t.pending, conflictBody: t.conflictBody }}>
      <input type="hidden" name="statementId" value={statementId} />
      <input type="hidden" name="version" value={version} />
      <CheckboxField name="confirm" label={t.confirm} />
    </ActionForm>
  );
}
