import type { Metadata } from "next";
import { SiteHeader } from "@/components/public/site-header";
import { messages } from "@/lib/i18n/messages";
import { localeOf } from "@/lib/public/locale";
import { publicAlternates } from "@/lib/public/metadata";
import { feedHref, localePath, MEETINGS_CALENDAR_HREF, timelineHref } from "@/lib/public/paths";

type Props = { params: Promise<{ lang: string }> };

// Reads no database: prerendered at build in both languages (the benchmark's reference page).
export const dynamicParams = false;
export async function generateStaticParams() {
  return [{ lang: "fr" }, { lang: "en" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const a = messages[locale].publicSite.about;
  return {
    title: a.title,
    description: a.description,
    alternates: publicAlternates(locale, localePath(locale, "/about"), { fr: "/about", en: "/en/about" }),
    openGraph: { title: a.title, description: a.description, url: localePath(locale, "/about") },
  };
}

export default async function AboutPage({ params }: Props) {
  const locale = await localeOf(params);
  const p = messages[locale].publicSite;
  const a = p.about;
  return (
    <>
      <SiteHeader locale={locale} alternate={localePath(locale === "fr" ? "en" : "fr", "/about")} />
      <main id="content" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-10 text-lg text-slate-800">
        <h1 className="text-3xl font-semibold text-slate-900">{a.title}</h1>
        <h2 className="text-xl font-semibold text-slate-900">{a.whoTitle}</h2>
        <p>{a.who}</p>
        <h2 className="text-xl font-semibold text-slate-900">{a.whatTitle}</h2>
        <p>{a.what}</p>
        <h2 className="text-xl font-semibold text-slate-900">{a.followTitle}</h2>
        <p>{a.follow}</p>
        <ul className="list-disc pl-6">
          <li>
            <a href={timelineHref(locale)}>{p.timeline.title}</a>
          </li>
          <li>
            <a href={feedHref(locale)}>{p.atomFeed}</a>
          </li>
          <li>
            <a href={MEETINGS_CALENDAR_HREF}>{p.calendarFeed}</a>
          </li>
        </ul>
      </main>
    </>
  );
}
