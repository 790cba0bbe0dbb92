import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MeetingLinkList } from "@/components/meetings/meeting-link-list";
import { PositionTable } from "@/components/people/position-table";
import { Badge } from "@/components/ui/badge";
import { Details, Section } from "@/components/ui/details";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { institutionName } from "@/lib/institutions/name";
import { getInstitution } from "@/lib/institutions/queries";

type Props = { params: Promise<{ institutionId: string }> };

const loadInstitution = cache(getInstitution);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [user, { institutionId }, { locale }] = await Promise.all([requireUser(), params, getMessages()]);
  const institution = await loadInstitution(user, institutionId);
  return { title: institution ? institutionName(locale, institution) : undefined };
}

export default async function InstitutionPage({ params }: Props) {
  const user = await requireUser();
  const { institutionId } = await params;
  const [institution, { t, locale }] = await Promise.all([loadInstitution(user, institutionId), getMessages()]);
  if (!institution) notFound();
  const i = t.institutions;
  const d = i.detail;
  const link = (other: { id: string; name: string; nameEn: string | null }) => (
    <Link key={other.id} href={`/institutions/${other.id}`}>
      {institutionName(locale, other)}
    </Link>
  );
  return (
    <article>
      <PageHeader
        back={{ href: "/institutions", label: t.lists.backToList }}
        title={institution.acronym ? `${institutionName(locale, institution)} (${institution.acronym})` : institutionName(locale, institution)}
        badges={<Badge tone="info">{i.kinds[institution.kind]}</Badge>}
      />
      <Details
        items={[
          { term: d.address, value: institution.address },
          { term: d.website, value: institution.website && <a href={institution.website} rel="noopener noreferrer">{institution.website}</a> },
          { term: d.endedOn, value: formatDate(institution.endedOn, locale) },
          { term: d.successor, value: institution.successor && link(institution.successor) },
          {
            term: d.predecessors,
            value: institution.predecessors.length
              ? institution.predecessors.map((p, index) => (
                  <span key={p.id}>
                    {index > 0 && ", "}
                    {link(p)}
                  </span>
                ))
              : null,
          },
        ]}
      />
      <Section id="current-people" title={d.currentPeople}>
        <PositionTable caption={d.currentPeople} positions={institution.currentPositions} show="person" empty={d.noPeople} t={t} locale={locale} />
      </Section>
      <Section id="past-people" title={d.pastPeople}>
        <PositionTable caption={d.pastPeople} positions={institution.pastPositions} show="person" empty={d.noPeople} t={t} locale={locale} />
      </Section>
      <Section id="meetings" title={d.meetings}>
        <MeetingLinkList
          items={institution.meetings}
          total={institution._count.meetings}
          allHref={`/meetings?institution=${institution.id}`}
          empty={d.noMeetings}
          locale={locale}
          t={t.lists}
        />
      </Section>
    </article>
  );
}
