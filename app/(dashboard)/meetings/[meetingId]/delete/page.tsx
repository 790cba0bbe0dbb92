import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingDeleteForm } from "@/components/meetings/meeting-delete-form";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { formatMeetingTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { getMeetingDependents } from "@/lib/meetings/form-queries";

export const metadata: Metadata = { title: "Supprimer la rencontre" };

// Asks before deleting, and says up front when the meeting cannot be deleted and why.
export default async function DeleteMeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const user = await requireUser();
  if (!can(user, "manage:meetings")) notFound();
  const { meetingId } = await params;
  const [meeting, { t, locale }] = await Promise.all([getMeetingDependents(user, meetingId), getMessages()]);
  if (!meeting) notFound();
  const d = t.meetingsForm.delete;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p className="text-sm">
        <Link href={`/meetings/${meeting.id}`}>{t.meetingsForm.backToMeeting}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{d.title}</h1>
      {meeting.dependents.length > 0 ? (
        <div className="flex flex-col gap-2" data-testid="delete-blocked">
          <p>{d.blocked}</p>
          <ul className="list-disc pl-5 text-sm">
            {meeting.dependents.map(([kind, count]) => (
              <li key={kind}>
                {count} {d.dependents[kind]}
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/meetings/${meeting.id}/edit#cancel-heading`}>{t.meetingsForm.cancel.title}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{interpolate(d.intro, { title: meeting.titleFr, date: formatMeetingTime(meeting.startsAt, meeting.allDay, locale) })}</p>
          <MeetingDeleteForm
            meetingId={meeting.id}
            version={meeting.version}
            t={{ confirm: d.confirm, submit: d.submit, pending: d.pending, conflictBody: t.forms.conflictBody, conflictBy: t.meetingsForm.conflictBy }}
          />
        </>
      )}
    </div>
  );
}
