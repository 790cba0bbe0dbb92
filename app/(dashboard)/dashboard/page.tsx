import Link from "next/link";
import { Panel } from "@/components/dashboard/panel";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { getCoordinationWatch, getDashboard } from "@/lib/dashboard/queries";
import { formatDate, formatMeetingTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { listHref } from "@/lib/lists/params";

export default async function DashboardPage() {
  const user = await requireUser();
  const { t, locale } = await getMessages();
  const coordinator = can(user, "read:dashboard:coordination");
  const [dashboard, watch] = await Promise.all([getDashboard(user), coordinator ? getCoordinationWatch(user) : null]);
  const d = t.dashboard;
  const title = (item: { titleFr: string; titleEn: string | null }) => (locale === "en" && item.titleEn) || item.titleFr;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{d.title}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title={d.myActions} empty={d.noActions}>
          {dashboard.actions.map((action) => (
            <li key={action.id} className="text-sm" data-testid="dashboard-action">
              <p className="font-medium">
                {action.overdue && <span className="mr-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-accent-600">{d.overdue}</span>}
                <Link href={`/actions/${action.id}`}>{action.title}</Link>
              </p>
              <p className="text-slate-600">
                {action.dueOn ? interpolate(d.dueOn, { date: formatDate(action.dueOn, locale) }) : d.noDueDate}
                {" · "}
                {action.mine ? d.assignedToMe : interpolate(d.assignedToOrganisation, { organisation: action.organisationName ?? "" })}
              </p>
            </li>
          ))}
        </Panel>
        <Panel title={d.upcomingMeetings} empty={d.noUpcomingMeetings}>
          {dashboard.meetings.map((meeting) => (
            <li key={meeting.id} className="text-sm">
              <Link href={`/meetings/${meeting.id}`} className="font-medium">
                {title(meeting)}
              </Link>
              <p className="text-slate-600">
                {formatMeetingTime(meeting.startsAt, meeting.allDay, locale)}
                {meeting.place ? ` · ${meeting.place}` : ""}
              </p>
              {meeting.myOrganisationAttends && <p className="text-xs font-semibold text-brand-700">{d.myOrganisationAttends}</p>}
            </li>
          ))}
        </Panel>
        <Panel title={d.recentReports} empty={d.noReports}>
          {dashboard.reports.map((meeting) => (
            <li key={meeting.id} className="text-sm">
              <Link href={`/meetings/${meeting.id}`} className="font-medium">
                {title(meeting)}
              </Link>
              {meeting.reportValidatedOn && (
                <p className="text-slate-600">{interpolate(d.validatedOn, { date: formatDate(meeting.reportValidatedOn, locale) })}</p>
              )}
            </li>
          ))}
        </Panel>
      </div>
      {watch && (
        <>
          <h2 className="text-xl font-semibold">{d.coordination}</h2>
          <div className="grid gap-6 lg:grid-cols-2">
            <Panel title={d.overdueCommitments} empty={d.noOverdueCommitments}>
              {watch.commitments.map((commitment) => (
                <li key={commitment.id} className="text-sm">
                  {commitment.demand ? <Link href={`/demands/${commitment.demand.id}`}>{commitment.descriptionFr}</Link> : commitment.descriptionFr}
                  <p className="text-slate-600">{interpolate(d.commitmentDue, { date: formatDate(commitment.dueOn, locale) })}</p>
                </li>
              ))}
            </Panel>
            <Panel title={d.lettersAwaiting} empty={d.noLettersAwaiting}>
              {watch.letters.map((letter) => (
                <li key={letter.id} className="text-sm">
                  <Link href={`/letters/${letter.id}`}>{letter.subjectFr}</Link>
                  <p className="text-slate-600">{interpolate(d.replyAwaitedBy, { date: formatDate(letter.replyExpectedBy, locale) })}</p>
                </li>
              ))}
            </Panel>
            <Panel title={d.overdueByOrganisation} empty={d.noOverdueByOrganisation}>
              {watch.overdueByOrganisation.map((row) => (
                <li key={row.organisationId} className="flex justify-between text-sm">
                  {/* To the late actions themselves, where she can follow them up. */}
                  <Link href={listHref("/actions", { view: "all", organisation: row.organisationId, overdue: "1" })}>{row.name}</Link>
                  <span className="font-semibold">{row.count}</span>
                </li>
              ))}
            </Panel>
            <Panel title={d.recentlyDone} empty={d.noRecentlyDone}>
              {watch.recentlyDone.map((change) => (
                <li key={change.id} className="text-sm" data-testid="recently-done">
                  <Link href={`/actions/${change.action.id}`}>{change.action.title}</Link>
                  <p className="text-slate-600">
                    {interpolate(d.doneBy, {
                      organisation: change.action.assigneeOrganisation?.name ?? "—",
                      name: change.changedBy?.name ?? "—",
                      date: formatDate(change.createdAt, locale),
                    })}
                  </p>
                  {change.note && <p className="mt-1 whitespace-pre-line text-slate-800">{change.note}</p>}
                </li>
              ))}
            </Panel>
            <Panel title={d.observersDue} empty={d.noObserversDue}>
              {watch.observersDue.map((organisation) => (
                <li key={organisation.id} className="text-sm">
                  <Link href={`/organisations/${organisation.id}`}>{organisation.name}</Link>
                  <p className="text-slate-600">
                    {interpolate(d.observerSince, { since: formatDate(organisation.since, locale), due: formatDate(organisation.voteDue, locale) })}
                  </p>
                </li>
              ))}
            </Panel>
          </div>
        </>
      )}
    </div>
  );
}
