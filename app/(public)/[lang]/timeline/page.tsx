import type { Metadata } from "next";
import { TimelineScreen } from "@/components/public/timeline-screen";
import { messages } from "@/lib/i18n/messages";
import { localeOf } from "@/lib/public/locale";
import { publicAlternates } from "@/lib/public/metadata";
import { timelineHref } from "@/lib/public/paths";

type Props = { params: Promise<{ lang: string }> };

// The first page of the timeline: rendered on its first request, then served from the cache until
// a coordinator publishes, withdraws or edits a public item. Filtered and later pages have their
// own cached addresses (./v/[view]), reached from the query string through proxy.ts.
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = messages[locale].publicSite.timeline;
  return {
    title: t.title,
    description: t.description,
    alternates: publicAlternates(locale, timelineHref(locale), { fr: timelineHref("fr"), en: timelineHref("en") }),
    openGraph: { title: t.title, description: t.description, url: timelineHref(locale) },
  };
}

export default async function TimelinePage({ params }: Props) {
  return <TimelineScreen locale={await localeOf(params)} view={{}} />;
}
