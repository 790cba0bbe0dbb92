import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CommitmentList } from "@/components/demands/commitment-list";
import { DemandHistory } from "@/components/demands/demand-history";
import { demandStatusTone } from "@/components/demands/demand-status";
import { Badge, VisibilityBadge } from "@/components/ui/badge";
import { Details, Section } from "@/components/ui/details";
import { Localized } from "@/components/ui/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { TextBlock } from "@/components/ui/text-block";
import { requireUser } from "@/lib/auth";
import { getDemand } from "@/lib/demands/queries";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { institutionName } from "@/lib/institutions/name";

type Props = { params: Promise<{ demandId: string }> };

const loadDemand = cache(getDemand);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [demand, { locale }] = await Promise.all([Promise.all([requireUser(), params]).then(([user, p]) => loadDemand(user, p.demandId)), getMessages()]);
  return { title: demand ? localized(locale, demand.titleFr, demand.titleEn).text : undefined };
}

export default async function DemandPage({ params }: Props) {
  const user = await requireUser();
  const { demandId } = await params;
  const [demand, { t, locale }] = await Promise.all([loadDemand(user, demandId), getMessages()]);
  if (!demand) notFound();
  const d = t.demands.detail;
  const description = localizedOptional(locale, demand.descriptionFr, demand.descriptionEn);
  return (
    <article>
      <PageHeader
        back={{ href: "/demands", label: t.lists.backToList }}
        title={<Localized value={localized(locale, demand.titleFr, demand.titleEn)} notes={t.lists} />}
        badges={
          <>
            <Badge tone={demandStatusTone[demand.status]}>{t.demands.statuses[demand.status]}</Badge>
            <VisibilityBadge visibility={demand.visibility} labels={t.lists.visibilityLevels} />
          </>
        }
      />
      <Details
        items={[
          { term: d.status, value: `${t.demands.statuses[demand.status]} (${formatDate(demand.statusDate, locale)})` },
          { term: d.raisedOn, value: formatDate(demand.raisedOn, locale) },
          { term: d.themes, value: demand.themes.map(({ theme }) => (locale === "en" ? theme.nameEn : theme.nameFr)).join(", ") },
          {
            term: d.targets,
            value: demand.targets.length
              ? demand.targets.map(({ institution }, index) => (
                  <span key={institution.id}>
                    {index > 0 && ", "}
                    <Link href={`/institutions/${institution.id}`}>{institutionName(locale, institution)}</Link>
                  </span>
                ))
              : null,
          },
          {
            term: d.campaign,
            value: demand.campaign && (
              <Link href={`/campaigns/${demand.campaign.id}`}>
                <Localized value={localized(locale, demand.campaign.nameFr, demand.campaign.nameEn)} notes={t.lists} />
              </Link>
            ),
          },
        ]}
      />
      {description && (
        <Section id="description" title={d.description}>
          <TextBlock text={description.text} lang={description.lang} />
        </Section>
      )}
      <Section id="history" title={d.history}>
        <DemandHistory changes={demand.statusChanges} t={t} locale={locale} />
      </Section>
      <Section id="commitments" title={d.commitments}>
        <CommitmentList commitments={demand.commitments} t={t} locale={locale} />
      </Section>
      <Section id="meetings" title={d.meetings}>
        {demand.meetings.length === 0 ? (
          <p className="text-sm text-slate-700">{d.none}</p>
        ) : (
          <ul className="space-y-1">
            {demand.meetings.map(({ meeting, note }) => (
              <li key={meeting.id}>
                <Link href={`/meetings/${meeting.id}`}>
                  <Localized value={localized(locale, meeting.titleFr, meeting.titleEn)} notes={t.lists} />
                </Link>{" "}
                — {formatDateTime(meeting.startsAt, locale)}
                {note && <TextBlock text={note} />}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="letters" title={d.letters}>
        {demand.letters.length === 0 ? (
          <p className="text-sm text-slate-700">{d.none}</p>
        ) : (
          <ul className="space-y-1">
            {demand.letters.map(({ letter }) => (
              <li key={letter.id}>
                <Link href={`/letters/${letter.id}`}>
                  <Localized value={localized(locale, letter.subjectFr, letter.subjectEn)} notes={t.lists} />
                </Link>{" "}
                — {formatDate(letter.date, locale)}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
