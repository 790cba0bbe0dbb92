import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingReportForm } from "@/components/meetings/meeting-report-form";
import { Markdown } from "@/components/ui/markdown";
import { requireUser } from "@/lib/auth";
import { formatDate, formatMeetingTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { getMeetingReport, getPlenaryChoices } from "@/lib/meetings/form-queries";
import { SavedNotice } from "@/components/ui/saved-notice";

export const metadata: Metadata = { title: "Compte-rendu" };

// The report of a meeting: a form for a member whose organisation was in the delegation (while it
// is a draft) and for coordinators (draft and validation); for every other reader, the report
// rendered, as the meeting's page shows it.
export default async function MeetingReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ meetingId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [{ meetingId }, { done }] = await Promise.all([params, searchParams]);
  const [meeting, plenaries, { t, locale }] = await Promise.all([getMeetingReport(user, meetingId), getPlenaryChoices(user), getMessages()]);
  if (!meeting) notFound();
  const m = t.meetingsForm;
  const r = m.reportPage;
  const title = (locale === "en" && meeting.titleEn) || meeting.titleFr;
  const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={`/meetings/${meeting.id}`}>{m.backToMeeting}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">
          {r.title} — {title}
        </h1>
        <p className="mt-1 text-slate-700">{formatMeetingTime(meeting.startsAt, meeting.allDay, locale)}</p>
      </div>
      {done === "saved" && (
        <SavedNotice>
          {r.saved}
        </SavedNotice>
      )}
      {meeting.reportStatus === "VALIDATED" && (
        <p className="text-sm text-slate-800" data-testid="report-validated">
          {interpolate(r.validated, { date: formatDate(meeting.reportValidatedOn, locale) })}
        </p>
      )}
      {meeting.editable ? (
        <>
          <p className="text-sm text-slate-700">{meeting.coordinator ? r.intro : r.draftBy}</p>
          <MeetingReportForm
            key={meeting.version}
            meeting={{
              id: meeting.id,
              version: meeting.version,
              report: meeting.report,
              reportStatus: meeting.reportStatus,
              reportValidatedOn: isoDay(meeting.reportValidatedOn),
              reportValidatedAtId: meeting.reportValidatedAtId,
            }}
            plenaries={plenaries}
            coordinator={meeting.coordinator}
            t={{
              report: m.fields.report,
              markdownHint: m.fields.markdownHint,
              reportStatus: m.fields.reportStatus,
              reportValidatedOn: m.fields.reportValidatedOn,
              reportValidatedAt: m.fields.reportValidatedAt,
              reportValidatedAtHint: m.fields.reportValidatedAtHint,
              noPlenary: m.fields.noPlenary,
              statuses: m.reportStatuses,
              submit: r.save,
              pending: m.saving,
              conflictBody: t.forms.conflictBody,
              conflictBy: m.conflictBy,
            }}
          />
        </>
      ) : (
        <article aria-label={r.title} className="max-w-4xl">
          {meeting.report ? <Markdown source={meeting.report} /> : <p className="text-sm text-slate-700">{r.empty}</p>}
        </article>
      )}
    </div>
  );
}
