"use client";
// Cancelling a meeting: it stays, marked cancelled. Carries the version read, like every edit.
import { ActionForm, VersionField } from "@/components/ui/action-form";
import { cancelMeetingAction } from "@/lib/meetings/actions";

export function MeetingCancelForm({
  meetingId,
  version,
  t,
}: {
  meetingId: string;
  version: number;
  t: { submit: string; pending: string; conflictBody: string; conflictBy: string };
}) {
  return (
    <ActionForm action={cancelMeetingAction} texts={t}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <VersionField version={version} />
    </ActionForm>
  );
}
