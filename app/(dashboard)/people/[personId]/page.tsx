import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MeetingLinkList } from "@/components/meetings/meeting-link-list";
import { PositionTable } from "@/components/people/position-table";
import { Details, Section } from "@/components/ui/details";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { personName } from "@/lib/people/name";
import { getPerson } from "@/lib/people/queries";

type Props = { params: Promise<{ personId: string }> };

const loadPerson = cache(getPerson);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [user, { personId }] = await Promise.all([requireUser(), params]);
  const person = await loadPerson(user, personId);
  return { title: person ? personName(person) : undefined };
}

export default async function PersonPage({ params }: Props) {
  const user = await requireUser();
  const { personId } = await params;
  const [person, { t, locale }] = await Promise.all([loadPerson(user, personId), getMessages()]);
  if (!person) notFound();
  const d = t.people.detail;
  return (
    <article>
      <PageHeader back={{ href: "/people", label: t.lists.backToList }} title={personName(person)} />
      <Details
        items={[
          {
            term: d.organisation,
            value: person.organisation && <Link href={`/organisations/${person.organisation.id}`}>{person.organisation.name}</Link>,
          },
        ]}
      />
      <Section id="positions" title={d.positions}>
        <PositionTable caption={d.positionsCaption} positions={person.positions} show="institution" empty={d.noPositions} t={t} locale={locale} />
      </Section>
      <Section id="meetings" title={d.meetings}>
        <MeetingLinkList
          items={person.meetings.map((attended) => ({
            meeting: attended.meeting,
            extra: attended.as === "official" ? interpolate(d.asOfficial, { title: (locale === "en" && attended.titleEn) || attended.title || "" }) : d.asDelegate,
          }))}
          total={person.meetings.length}
          empty={d.noMeetings}
          locale={locale}
          t={t.lists}
        />
      </Section>
    </article>
  );
}
