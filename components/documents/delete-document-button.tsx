"use client";
import { ActionForm } from "@/components/ui/action-form";
import { deleteDocumentAction } from "@/lib/documents/actions";

/** Deletes one document (row and file), against the version the page showed. */
export function DeleteDocumentButton({
  documentId,
  version,
  t,
}: {
  documentId: string;
  version: number;
  t: { submit: string; pending: string; conflictBody: string; label: string };
}) {
  return (
    <ActionForm action={deleteDocumentAction} texts={{ submit: t.submit, pending: t.pending, conflictBody: t.conflictBody, submitLabel: t.label }}>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="version" value={version} />
    </ActionForm>
  );
}
