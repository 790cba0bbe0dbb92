import type { Metadata } from "next";
import { EntryList } from "@/components/public/entry-list";
import { Localized, LocalizedMarkdown } from "@/components/public/localized";
import { SiteHeader } from "@/components/public/site-header";
import { formatMeetingTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { messages } from "@/lib/i18n/messages";
import { getLatestEntries, getPublicOrganisations, getUpcomingPublicMeetings } from "@/lib/public/cached";
import { localeOf } from "@/lib/public/locale";
import { publicAlternates } from "@/lib/public/metadata";
import { entryHref, localePath, timelineHref } from "@/lib/public/paths";

type Props = { params: Promise<{ lang: string }> };

// Rendered on its first request, then served from the cache until something public changes.
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const p = messages[locale].publicSite;
  return {
    title: { absolute: p.homeTitle },
    description: p.homeDescription,
    alternates: publicAlternates(locale, localePath(locale, "/"), { fr: "/", en: "/en" }),
    openGraph: { title: p.homeTitle, description: p.homeDescription, url: localePath(locale, "/") },
  };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeOf(params);
  const p = messages[locale].publicSite;
  const [entries, meetings, organisations] = await Promise.all([getLatestEntries(6), getUpcomingPublicMeetings(3), getPublicOrganisations()]);
  return (
    <>
      <SiteHeader locale={locale} alternate={localePath(locale === "fr" ? "en" : "fr", "/")} />
      <main id="content" className="mx-auto flex max-w-5xl flex-col gap-10 px-4 py-10">
        <section>
          <h1 className="text-3xl font-semibold">{p.homeTitle}</h1>
          <p className="mt-4 max-w-3xl text-lg text-slate-700">{p.intro}</p>
        </section>
        <div className="grid gap-8 md:grid-cols-3">
          <section aria-labelledby="latest" className="md:col-span-2">
            <h2 id="latest" className="mb-4 text-xl font-semibold">
              {p.latest}
            </h2>
            {entries.length === 0 ? <p className="text-slate-700">{p.noLatest}</p> : <EntryList entries={entries} locale={locale} headingLevel={3} />}
            <p className="mt-6">
              <a href={timelineHref(locale)}>{p.seeTimeline}</a>
            </p>
          </section>
          <section aria-labelledby="next-meetings">
            <h2 id="next-meetings" className="mb-4 text-xl font-semibold">
              {p.nextMeetings}
            </h2>
            {meetings.length === 0 && <p className="text-slate-700">{p.noNextMeetings}</p>}
            <ul className="flex flex-col gap-3">
              {meetings.map((meeting) => (
                <li key={meeting.id} className="text-sm">
                  <p className="font-medium">
                    <a href={entryHref(locale, "meeting", meeting.id)}>
                      <Localized text={meeting.title} locale={locale} />
                    </a>
                  </p>
                  <p className="text-slate-700">
                    <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting.startsAt, meeting.allDay, locale)}</time>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <section aria-labelledby="members">
          <h2 id="members" className="text-xl font-semibold">
            {p.members}
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {organisations.map((organisation) => (
              <li key={organisation.id} className="rounded-lg border border-slate-200 p-4 text-sm">
                <h3 className="font-semibold">
                  {organisation.name}
                  {organisation.acronym && organisation.acronym !== organisation.name ? ` (${organisation.acronym})` : ""}
                </h3>
                <p className="text-xs font-medium text-slate-700">{organisation.status === "OBSERVER" ? p.observer : p.member}</p>
                {/* Written in Markdown, as the organisation form tells the coordinator. */}
                <LocalizedMarkdown text={organisation.description} locale={locale} className="mt-2 text-slate-700" />
                {organisation.website && (
                  <p className="mt-2">
                    <a href={organisation.website} rel="noopener noreferrer" aria-label={interpolate(p.websiteOf, { name: organisation.name })}>
                      {p.website}
                    </a>
                  </p>
                )}
                {organisation.publicContact && (
                  <p className="mt-1 break-words">
                    {p.contact}
                    {locale === "fr" ? " : " : ": "}
                    {organisation.publicContact}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
