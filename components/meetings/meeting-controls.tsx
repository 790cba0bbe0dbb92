// What the reader of a meeting's page may do with it: coordinators edit, plan a follow-up, cancel
// and delete; a member of the delegation drafts the report. The data layer checks each again.
import Link from "next/link";
import { can, type Actor } from "@/lib/authz";
import type { Messages } from "@/lib/i18n/messages";
import { MeetingCancelForm } from "./meeting-cancel-form";

type Meeting = {
  id: string;
  version: number;
  status: string;
  reportStatus: string | null;
  delegation: { organisation: { id: string } }[];
};

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 no-underline hover:bg-slate-50";

export function MeetingControls({ actor, meeting, t }: { actor: NonNullable<Actor>; meeting: Meeting; t: Messages }) {
  const m = t.meetingsForm;
  const coordinator = can(actor, "manage:meetings");
  const inDelegation = meeting.delegation.some(({ organisation }) => organisation.id === actor.organisationId);
  const drafts = can(actor, "draft:report:own-delegation") && (coordinator || (inDelegation && meeting.reportStatus !== "VALIDATED"));
  if (!coordinator && !drafts) return null;
  return (
    <div className="no-print mb-6 flex flex-wrap items-start gap-3" data-testid="meeting-controls">
      {coordinator && (
        <Link href={`/meetings/${meeting.id}/edit`} className={linkClass}>
          {m.edit}
        </Link>
      )}
      {drafts && (
        <Link href={`/meetings/${meeting.id}/report`} className={linkClass}>
          {m.editReport}
        </Link>
      )}
      {coordinator && (
        <Link href={`/meetings/new?follows=${meeting.id}`} className={linkClass}>
          {m.newFollowUp}
        </Link>
      )}
      {coordinator && meeting.status !== "CANCELLED" && (
        <MeetingCancelForm
          key={meeting.version}
          meetingId={meeting.id}
          version={meeting.version}
          t={{ submit: m.cancel.submit, pending: m.cancel.pending, conflictBody: t.forms.conflictBody, conflictBy: m.conflictBy }}
        />
      )}
      {coordinator && (
        <Link href={`/meetings/${meeting.id}/delete`} className={`${linkClass} text-accent-600`}>
          {m.delete.link}
        </Link>
      )}
    </div>
  );
}
