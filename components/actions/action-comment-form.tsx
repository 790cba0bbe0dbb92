"use client";
// Posts a comment on an action; the one-time submission id makes a double click post it once.
import { ActionForm, type ActionFormTexts } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { addActionCommentAction } from "@/lib/actions/actions";

export function ActionCommentForm({
  actionId,
  submissionId,
  t,
}: {
  actionId: string;
  submissionId: string;
  t: ActionFormTexts & { commentLabel: string; commentHint: string };
}) {
  return (
    <ActionForm action={addActionCommentAction} texts={t} className="max-w-xl">
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <TextAreaField name="body" label={t.commentLabel} hint={t.commentHint} rows={4} required />
    </ActionForm>
  );
}
