import type { Metadata } from "next";
import Link from "next/link";
import { CampaignLink } from "@/components/campaigns/campaign-link";
import { InstitutionLinks } from "@/components/institutions/institution-links";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentsPanel, documentNotice } from "@/components/documents/documents-panel";
import { MeetingControls } from "@/components/meetings/meeting-controls";
import { MeetingDelegation } from "@/components/meetings/meeting-delegation";
import { MeetingOfficials } from "@/components/meetings/meeting-officials";
import { Badge, VisibilityBadge } from "@/components/ui/badge";
import { Details, Section } from "@/components/ui/details";
import { Localized } from "@/components/ui/localized-text";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { TextBlock } from "@/components/ui/text-block";
import { NewDemandFromSourceLink, RecordFromSourceLinks } from "@/components/demands/record-from-source-links";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { formatDate, formatDateTime, formatMeetingTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { localized } from "@/lib/i18n/localized";
import { listHref } from "@/lib/lists/params";
import { getMessages } from "@/lib/i18n/server";
import { getMeeting } from "@/lib/meetings/queries";
import { SavedNotice } from "@/components/ui/saved-notice";

type Props = { params: Promise<{ meetingId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// One query for the page and its title: the same reader (getActor is cached per request) and id.
const loadMeeting = cache(getMeeting);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [meeting, { locale }] = await Promise.all([Promise.all([requireUser(), params]).then(([user, p]) => loadMeeting(user, p.meetingId)), getMessages()]);
  return { title: meeting ? localized(locale, meeting.titleFr, meeting.titleEn).text : undefined };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ meetingId }, { document: documentDone, done }] = await Promise.all([params, searchParams]);
  const [meeting, { t, locale }] = await Promise.all([loadMeeting(user, meetingId), getMessages()]);
  if (!meeting) notFound();
  const m = t.meetings;
  const d = m.detail;
  const notes = t.lists;
  return (
    <article>
      <PageHeader
        back={{ href: "/meetings", label: t.lists.backToList }}
        title={<Localized value={localized(locale, meeting.titleFr, meeting.titleEn)} notes={notes} />}
        badges={
          <>
            <Badge tone="info">{m.kinds[meeting.kind]}</Badge>
            <Badge>{m.statuses[meeting.status]}</Badge>
            <VisibilityBadge visibility={meeting.visibility} labels={t.lists.visibilityLevels} />
          </>
        }
      />
      {typeof done === "string" && done in t.meetingsForm.notices && (
        <SavedNotice className="mb-4">
          {t.meetingsForm.notices[done as keyof typeof t.meetingsForm.notices]}
        </SavedNotice>
      )}
      <MeetingControls actor={user} meeting={meeting} t={t} />
      <Details
        items={[
          { term: d.when, value: formatMeetingTime(meeting.startsAt, meeting.allDay, locale) },
          { term: d.endsAt, value: formatDateTime(meeting.endsAt, locale) },
          { term: d.place, value: meeting.place },
          {
            term: d.institutions,
            value: meeting.institutions.length ? <InstitutionLinks institutions={meeting.institutions.map(({ institution }) => institution)} locale={locale} /> : null,
          },
          {
            term: d.campaign,
            value: meeting.campaign && <CampaignLink campaign={meeting.campaign} locale={locale} notes={notes} />,
          },
          {
            term: d.followsLetter,
            value: meeting.followsLetter && (
              <Link href={`/letters/${meeting.followsLetter.id}`}>
                <Localized value={localized(locale, meeting.followsLetter.subjectFr, meeting.followsLetter.subjectEn)} notes={notes} /> (
                {formatDate(meeting.followsLetter.date, locale)})
              </Link>
            ),
          },
          {
            term: d.followsMeeting,
            value: meeting.followsMeeting && (
              <Link href={`/meetings/${meeting.followsMeeting.id}`}>
                <Localized value={localized(locale, meeting.followsMeeting.titleFr, meeting.followsMeeting.titleEn)} notes={notes} /> (
                {formatMeetingTime(meeting.followsMeeting.startsAt, true, locale)})
              </Link>
            ),
          },
        ]}
      />

      <Section id="officials" title={d.officials}>
        <MeetingOfficials officials={meeting.officials} locale={locale} empty={d.noOfficials} />
      </Section>

      <Section id="delegation" title={d.delegation}>
        <MeetingDelegation meeting={meeting} t={d} />
      </Section>

      {meeting.agenda && (
        <Section id="agenda" title={d.agenda}>
          <Markdown source={meeting.agenda} />
        </Section>
      )}

      <Section id="report" title={d.report}>
        {meeting.reportStatus && (
          <p className="mb-2 text-sm">
            {d.reportState} : <Badge tone={meeting.reportStatus === "VALIDATED" ? "success" : "warning"}>{m.reportStatuses[meeting.reportStatus]}</Badge>
            {meeting.reportValidatedOn && <> {interpolate(d.reportValidated, { date: formatDate(meeting.reportValidatedOn, locale) })}</>}
            {meeting.reportValidatedAt && (
              <>
                {" "}
                <Link href={`/meetings/${meeting.reportValidatedAt.id}`}>
                  {interpolate(d.reportValidatedAt, { date: formatMeetingTime(meeting.reportValidatedAt.startsAt, true, locale) })}
                </Link>
              </>
            )}
          </p>
        )}
        {meeting.report ? <Markdown source={meeting.report} /> : <p className="text-sm text-slate-700">{d.noReport}</p>}
      </Section>

      {(meeting.summaryFr || meeting.summaryEn) && (
        <Section id="summary" title={d.summary}>
          {meeting.summaryFr && (
            <>
              <h3 className="mt-2 font-medium">{d.summaryFr}</h3>
              <TextBlock text={meeting.summaryFr} lang="fr" />
            </>
          )}
          {meeting.summaryEn && (
            <>
              <h3 className="mt-4 font-medium">{d.summaryEn}</h3>
              <TextBlock text={meeting.summaryEn} lang="en" />
            </>
          )}
        </Section>
      )}

      <Section id="demands" title={d.demands}>
        {meeting.demands.length === 0 ? (
          <p className="text-sm text-slate-700">{d.noDemands}</p>
        ) : (
          <ul className="space-y-2">
            {meeting.demands.map(({ demand, note }) => (
              <li key={demand.id}>
                <Link href={`/demands/${demand.id}`}>
                  <Localized value={localized(locale, demand.titleFr, demand.titleEn)} notes={notes} />
                </Link>{" "}
                <Badge>{t.demands.statuses[demand.status]}</Badge>
                {can(user, "manage:demands") && <RecordFromSourceLinks demandId={demand.id} source={{ meetingId: meeting.id }} t={t.demandWork} />}
                {note && <TextBlock text={note} />}
              </li>
            ))}
          </ul>
        )}
        {can(user, "manage:demands") && (
          <NewDemandFromSourceLink source={{ meetingId: meeting.id }} label={t.demandsForm.raisedHere} />
        )}
      </Section>

      <Section id="actions" title={d.actions}>
        {meeting.actions.length === 0 ? (
          <p className="text-sm text-slate-700">{d.noActions}</p>
        ) : (
          <ul className="space-y-1">
            {meeting.actions.map((action) => (
              <li key={action.id}>
                <Link href={`/actions/${action.id}`}>{action.title}</Link> <Badge>{t.actions.statuses[action.status]}</Badge>
                {(action.assigneeOrganisation || action.assigneeUser) && (
                  <>
                    {" "}
                    — {d.assignee} {[action.assigneeOrganisation?.acronym ?? action.assigneeOrganisation?.name, action.assigneeUser?.name].filter(Boolean).join(", ")}
                  </>
                )}
                {action.dueOn && <> — {d.dueOn} {formatDate(action.dueOn, locale)}</>}
              </li>
            ))}
          </ul>
        )}
        {meeting.actions.length > 0 && (
          // Every reader may widen the list to all the actions she reads (lib/actions/queries.ts,
          // actionView): "all" is the view that holds every action of the meeting, whoever does it.
          <p className="no-print mt-3 text-sm">
            <Link href={listHref("/actions", { view: "all", meeting: meeting.id })}>{d.actionsInList}</Link>
          </p>
        )}
      </Section>

      {meeting.followUpMeetings.length > 0 && (
        <Section id="follow-ups" title={d.followUps}>
          <ul className="space-y-1">
            {meeting.followUpMeetings.map((followUp) => (
              <li key={followUp.id}>
                <Link href={`/meetings/${followUp.id}`}>
                  <Localized value={localized(locale, followUp.titleFr, followUp.titleEn)} notes={notes} />
                </Link>{" "}
                — {formatDateTime(followUp.startsAt, locale)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <DocumentsPanel
        actor={user}
        parent={{ type: "meeting", id: meeting.id, visibility: meeting.visibility }}
        locale={locale}
        t={t}
        notice={documentNotice(documentDone, t)}
      />

      {"confidentialNotes" in meeting && meeting.confidentialNotes && (
        <Section id="confidential" title={t.lists.confidentialNotes}>
          <p className="mb-2 text-sm text-slate-600">{t.lists.confidentialNotesHint}</p>
          <TextBlock text={meeting.confidentialNotes} />
        </Section>
      )}
    </article>
  );
}
