"use client";
// Deleting a meeting, confirmed by a ticked box; refused with a sentence when other records cite it.
import { ActionForm, VersionField } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/form-fields";
import { deleteMeetingAction } from "@/lib/meetings/actions";

export function MeetingDeleteForm({
  meetingId,
  version,
  t,
}: {
  meetingId: string;
  version: number;
  t: { confirm: string; submit: string; pending: string; conflictBody: string; conflictBy: string };
}) {
  return (
    <ActionForm action={deleteMeetingAction} texts={t}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <VersionField version={version} />
      <CheckboxField name="confirm" label={t.confirm} />
    </ActionForm>
  );
}
