import type { Metadata } from "next";
import Link from "next/link";
import { CampaignLink } from "@/components/campaigns/campaign-link";
import { InstitutionLinks } from "@/components/institutions/institution-links";
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
import { can } from "@/lib/authz";
import { formatSpan, openPeriod } from "@/lib/demands/open-duration";
import { getDemand } from "@/lib/demands/queries";
import { interpolate } from "@/lib/i18n/interpolate";
import { todayAsDate } from "@/lib/lists/where";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { SavedNotice } from "@/components/ui/saved-notice";

type Props = { params: Promise<{ demandId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

const loadDemand = cache(getDemand);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [demand, { locale }] = await Promise.all([Promise.all([requireUser(), params]).then(([user, p]) => loadDemand(user, p.demandId)), getMessages()]);
  return { title: demand ? localized(locale, demand.titleFr, demand.titleEn).text : undefined };
}

export default async function DemandPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ demandId }, query] = await Promise.all([params, searchParams ?? Promise.resolve({} as Record<string, string | string[] | undefined>)]);
  const [demand, { t, locale }] = await Promise.all([loadDemand(user, demandId), getMessages()]);
  if (!demand) notFound();
  const d = t.demands.detail;
  const w = t.demandWork;
  const coordinator = can(user, "manage:demands");
  const open = openPeriod(demand, todayAsDate());
  const notice = typeof query.done === "string" && query.done in w.saved ? w.saved[query.done as keyof typeof w.saved] : null;
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
          {
            term: open.closedBy ? w.openedFor : w.openFor,
            value: (
              <span data-testid="demand-open-for">
                {formatSpan(open.span, w.duration)}
                {open.closedBy &&
                  ` (${interpolate(w.openUntil, { date: formatDate(open.to, locale), status: t.demands.statuses[open.closedBy as keyof typeof t.demands.statuses].toLowerCase() })})`}
              </span>
            ),
          },
          { term: d.themes, value: demand.themes.map(({ theme }) => (locale === "en" ? theme.nameEn : theme.nameFr)).join(", ") },
          {
            term: d.targets,
            value: demand.targets.length ? <InstitutionLinks institutions={demand.targets.map(({ institution }) => institution)} locale={locale} /> : null,
          },
          {
            term: d.campaign,
            value: demand.campaign && <CampaignLink campaign={demand.campaign} locale={locale} notes={t.lists} />,
          },
        ]}
      />
      {notice && (
        <SavedNotice className="mt-4">
          {notice}
        </SavedNotice>
      )}
      {coordinator && (
        <p className="no-print mt-4 flex flex-wrap gap-4 text-sm">
          <Link href={`/demands/${demand.id}/edit`}>{t.demandsForm.editLink}</Link>
          <Link href={`/demands/${demand.id}/status/new`}>{w.recordStatus}</Link>
          <Link href={`/demands/${demand.id}/commitments/new`}>{w.recordCommitment}</Link>
        </p>
      )}
      {description && (
        <Section id="description" title={d.description}>
          <TextBlock text={description.text} lang={description.lang} />
        </Section>
      )}
      <Section id="history" title={d.history}>
        <DemandHistory changes={demand.statusChanges} t={t} locale={locale} editableFor={coordinator ? demand.id : undefined} />
      </Section>
      <Section id="commitments" title={d.commitments}>
        <CommitmentList commitments={demand.commitments} t={t} locale={locale} editableFor={coordinator ? demand.id : undefined} />
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
