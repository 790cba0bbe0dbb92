import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MeetingLinkList } from "@/components/meetings/meeting-link-list";
import { Badge } from "@/components/ui/badge";
import { Details, Section } from "@/components/ui/details";
import { PageHeader } from "@/components/ui/page-header";
import { TextBlock } from "@/components/ui/text-block";
import { requireUser } from "@/lib/auth";
import { formatDate } from "@/lib/i18n/format";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { getOrganisation } from "@/lib/organisations/queries";
import { personName } from "@/lib/people/name";

type Props = { params: Promise<{ organisationId: string }> };

const loadOrganisation = cache(getOrganisation);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [user, { organisationId }] = await Promise.all([requireUser(), params]);
  return { title: (await loadOrganisation(user, organisationId))?.name };
}

export default async function OrganisationPage({ params }: Props) {
  const user = await requireUser();
  const { organisationId } = await params;
  const [organisation, { t, locale }] = await Promise.all([loadOrganisation(user, organisationId), getMessages()]);
  if (!organisation) notFound();
  const o = t.organisations;
  const d = o.detail;
  const description = localizedOptional(locale, organisation.descriptionFr, organisation.descriptionEn);
  return (
    <article>
      <PageHeader
        back={{ href: "/organisations", label: t.lists.backToList }}
        title={organisation.acronym ? `${organisation.name} (${organisation.acronym})` : organisation.name}
        badges={organisation.status && <Badge tone={organisation.status === "MEMBER" ? "success" : "neutral"}>{o.statuses[organisation.status]}</Badge>}
      />
      <Details
        items={[
          { term: d.website, value: organisation.website && <a href={organisation.website} rel="noopener noreferrer">{organisation.website}</a> },
          { term: d.publicContact, value: organisation.publicContact },
        ]}
      />
      {description && (
        <Section id="description" title={d.description}>
          <TextBlock text={description.text} lang={description.lang} />
        </Section>
      )}
      <Section id="membership" title={d.membership}>
        {organisation.membershipEvents.length === 0 ? (
          <p className="text-sm text-slate-700">{d.noMembership}</p>
        ) : (
          <ol className="space-y-1">
            {organisation.membershipEvents.map((event) => (
              <li key={event.id}>
                <span className="inline-block min-w-36 text-sm text-slate-700">{formatDate(event.date, locale)}</span> {o.eventKinds[event.kind]}
                {event.voteResult && <> : {o.voteResults[event.voteResult]}</>}
                {event.meeting && (
                  <>
                    {" "}
                    ({d.atMeeting} <Link href={`/meetings/${event.meeting.id}`}>{localized(locale, event.meeting.titleFr, event.meeting.titleEn).text}</Link>)
                  </>
                )}
                {event.note && <TextBlock text={event.note} />}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section id="people" title={d.people}>
        {organisation.people.length === 0 ? (
          <p className="text-sm text-slate-700">{d.noPeople}</p>
        ) : (
          <ul className="space-y-1">
            {organisation.people.map((person) => (
              <li key={person.id}>
                <Link href={`/people/${person.id}`}>{personName(person)}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="meetings" title={d.meetings}>
        <MeetingLinkList
          items={organisation.meetingDelegation}
          total={organisation._count.meetingDelegation}
          allHref={`/meetings?organisation=${organisation.id}`}
          empty={d.noMeetings}
          locale={locale}
          t={t.lists}
        />
      </Section>
    </article>
  );
}
