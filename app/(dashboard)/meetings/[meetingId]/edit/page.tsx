import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingCancelForm } from "@/components/meetings/meeting-cancel-form";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { getMeetingForEdit, getMeetingFormChoices } from "@/lib/meetings/form-queries";

export const metadata: Metadata = { title: "Modifier la rencontre" };

export default async function EditMeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const user = await requireUser();
  if (!can(user, "manage:meetings")) notFound();
  const { meetingId } = await params;
  const [meeting, choices, { t, locale }] = await Promise.all([getMeetingForEdit(user, meetingId), getMeetingFormChoices(user), getMessages()]);
  if (!meeting || !choices) notFound();
  const m = t.meetingsForm;
  const conflict = { conflictBody: t.forms.conflictBody, conflictBy: m.conflictBy };
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={`/meetings/${meeting.id}`}>{m.backToMeeting}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{m.editTitle}</h1>
        <p className="mt-1 text-slate-700">{meeting.titleFr}</p>
      </div>
      {/* Keyed by version: after a save the form starts again from what is now stored. */}
      <MeetingForm
        key={meeting.version}
        mode="edit"
        meetingId={meeting.id}
        version={meeting.version}
        values={meeting.values}
        existingActions={meeting.actions.map((action) => ({ ...action, dueOn: action.dueOn ? formatDate(action.dueOn, locale) : null }))}
        choices={choices}
        t={m}
        formTexts={conflict}
      />
      <section aria-labelledby="cancel-heading" className="flex max-w-4xl flex-col gap-2 border-t border-slate-200 pt-4">
        <h2 id="cancel-heading" className="text-lg font-semibold">
          {m.cancel.title}
        </h2>
        {meeting.status === "CANCELLED" ? (
          <p className="text-sm text-slate-700">{m.cancel.already}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">{m.cancel.hint}</p>
            <MeetingCancelForm key={meeting.version} meetingId={meeting.id} version={meeting.version} t={{ submit: m.cancel.submit, pending: m.cancel.pending, ...conflict }} />
          </>
        )}
      </section>
      <section aria-labelledby="delete-heading" className="flex max-w-4xl flex-col gap-2 border-t border-slate-200 pt-4">
        <h2 id="delete-heading" className="text-lg font-semibold">
          {m.delete.title}
        </h2>
        <p>
          <Link href={`/meetings/${meeting.id}/delete`} className="text-accent-600">
            {m.delete.title}…
          </Link>
        </p>
      </section>
    </div>
  );
}
