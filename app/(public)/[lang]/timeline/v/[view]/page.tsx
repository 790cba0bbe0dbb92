import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TimelineScreen } from "@/components/public/timeline-screen";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { getTimelineFilterOptions, isPublicPosition } from "@/lib/public/cached";
import { localeOf } from "@/lib/public/locale";
import { publicAlternates } from "@/lib/public/metadata";
import { timelineHref } from "@/lib/public/paths";
import { parseTimelineQuery, viewToQuery, type TimelineView } from "@/lib/public/timeline-view";

type Props = { params: Promise<{ lang: string; view: string }> };

// A filtered or later page of the timeline. Visitors never type this address: proxy.ts rewrites
// "/timeline?year=2014&after=…" here, with the query in one canonical spelling, so that each view
// is rendered once and then served from the cache.
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

function readView(raw: string): { view: TimelineView; canonical: boolean } {
  const query = raw.includes("%") ? safeDecode(raw) : raw;
  const view = parseTimelineQuery(new URLSearchParams(query));
  return { view, canonical: viewToQuery(view) === query };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}

/** The nearest valid view: filters that match nothing public and unknown positions are dropped. */
async function nearestValidView(view: TimelineView): Promise<TimelineView> {
  const options = await getTimelineFilterOptions();
  const valid: TimelineView = {};
  if (view.year && options.years.includes(view.year)) valid.year = view.year;
  if (view.institution && options.institutions.some((i) => i.id === view.institution)) valid.institution = view.institution;
  if (view.campaign && options.campaigns.some((c) => c.slug === view.campaign)) valid.campaign = view.campaign;
  if (view.theme && options.themes.some((t) => t.slug === view.theme)) valid.theme = view.theme;
  if (view.after && (await isPublicPosition(view.after))) valid.after = view.after;
  return valid;
}

async function resolve(props: Props): Promise<{ locale: Locale; view: TimelineView }> {
  const locale = await localeOf(props.params);
  const { view, canonical } = readView((await props.params).view);
  const valid = await nearestValidView(view);
  if (!canonical || viewToQuery(valid) !== viewToQuery(view) || !viewToQuery(valid)) redirect(timelineHref(locale, valid));
  return { locale, view: valid };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, view } = await resolve(props);
  const t = messages[locale].publicSite.timeline;
  return {
    title: t.title,
    description: t.description,
    alternates: publicAlternates(locale, timelineHref(locale, view)),
    // Filtered and later pages are reachable, not worth indexing: the entries have their own pages.
    robots: { index: false, follow: true },
  };
}

export default async function TimelineViewPage(props: Props) {
  const { locale, view } = await resolve(props);
  return <TimelineScreen locale={locale} view={view} />;
}
