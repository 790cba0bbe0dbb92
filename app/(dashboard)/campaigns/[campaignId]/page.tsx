import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MeetingLinkList } from "@/components/meetings/meeting-link-list";
import { VisibilityBadge } from "@/components/ui/badge";
import { Details, Section } from "@/components/ui/details";
import { Localized } from "@/components/ui/localized-text";
import { PageHeader } from "@/components/ui/page-header";
import { TextBlock } from "@/components/ui/text-block";
import { requireUser } from "@/lib/auth";
import { getCampaign } from "@/lib/campaigns/queries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import { localized, localizedOptional } from "@/lib/i18n/localized";
import type { ListsMessages } from "@/lib/i18n/messages/lists";
import { getMessages } from "@/lib/i18n/server";

type Props = { params: Promise<{ campaignId: string }> };

const loadCampaign = cache(getCampaign);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [user, { campaignId }, { locale }] = await Promise.all([requireUser(), params, getMessages()]);
  const campaign = await loadCampaign(user, campaignId);
  return { title: campaign ? localized(locale, campaign.nameFr, campaign.nameEn).text : undefined };
}

type Item = { id: string; fr: string; en: string | null; date: Date | null };

function ItemList({ items, base, total, allHref, empty, locale, t }: { items: Item[]; base: string; total: number; allHref: string; empty: string; locale: Locale; t: ListsMessages }) {
  if (items.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.id}>
            <span className="inline-block min-w-36 text-sm text-slate-700">{formatDate(item.date, locale)}</span>{" "}
            <Link href={`${base}/${item.id}`}>
              <Localized value={localized(locale, item.fr, item.en)} notes={t} />
            </Link>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p className="mt-2 text-sm">
          <Link href={allHref}>{interpolate(t.seeAll, { count: total })}</Link>
        </p>
      )}
    </>
  );
}

export default async function CampaignPage({ params }: Props) {
  const user = await requireUser();
  const { campaignId } = await params;
  const [campaign, { t, locale }] = await Promise.all([loadCampaign(user, campaignId), getMessages()]);
  if (!campaign) notFound();
  const d = t.campaigns.detail;
  const description = localizedOptional(locale, campaign.descriptionFr, campaign.descriptionEn);
  const period = [formatDate(campaign.startsOn, locale), formatDate(campaign.endsOn, locale)].filter(Boolean).join(" – ");
  const common = { locale, t: t.lists, empty: d.none };
  return (
    <article>
      <PageHeader
        back={{ href: "/campaigns", label: t.lists.backToList }}
        title={<Localized value={localized(locale, campaign.nameFr, campaign.nameEn)} notes={t.lists} />}
        badges={<VisibilityBadge visibility={campaign.visibility} labels={t.lists.visibilityLevels} />}
      />
      <Details items={[{ term: d.period, value: period }]} />
      {description && (
        <Section id="description" title={d.description}>
          <TextBlock text={description.text} lang={description.lang} />
        </Section>
      )}
      <Section id="meetings" title={d.meetings}>
        <MeetingLinkList items={campaign.meetings.map((meeting) => ({ meeting }))} total={campaign._count.meetings} allHref={`/meetings?campaign=${campaign.id}`} {...common} />
      </Section>
      <Section id="letters" title={d.letters}>
        <ItemList
          items={campaign.letters.map((l) => ({ id: l.id, fr: l.subjectFr, en: l.subjectEn, date: l.date }))}
          base="/letters"
          total={campaign._count.letters}
          allHref={`/letters?campaign=${campaign.id}`}
          {...common}
        />
      </Section>
      <Section id="statements" title={d.statements}>
        <ItemList
          items={campaign.statements.map((s) => ({ id: s.id, fr: s.titleFr, en: s.titleEn, date: s.date }))}
          base="/statements"
          total={campaign._count.statements}
          allHref={`/statements?campaign=${campaign.id}`}
          {...common}
        />
      </Section>
      <Section id="demands" title={d.demands}>
        <ItemList
          items={campaign.demands.map((x) => ({ id: x.id, fr: x.titleFr, en: x.titleEn, date: x.statusDate }))}
          base="/demands"
          total={campaign._count.demands}
          allHref={`/demands?campaign=${campaign.id}`}
          {...common}
        />
      </Section>
    </article>
  );
}
