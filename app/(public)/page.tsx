import Link from "next/link";
import { connection } from "next/server";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { formatDate, formatMeetingTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { findLatestPublicEntries, findNextPublicMeetings, findPublicOrganisations } from "@/lib/public/queries";

export default async function HomePage() {
  await connection();
  const { t, locale } = await getMessages();
  const p = t.publicSite;
  const [entries, meetings, organisations] = await Promise.all([
    findLatestPublicEntries(6),
    findNextPublicMeetings(3),
    findPublicOrganisations(),
  ]);
  const pick = (fr: string | null, en: string | null) => (locale === "en" ? en || fr : fr || en) ?? "";
  const missing = (fr: string | null, en: string | null) => (locale === "en" ? !en && fr : !fr && en);

  return (
    <>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <span className="font-semibold">{t.common.appName}</span>
          <div className="flex items-center gap-4 rounded bg-white px-3 py-1">
            <LanguageSwitch locale={locale} t={{ switchTo: t.common.switchTo, switchToLabel: t.common.switchToLabel }} />
            <Link href="/login" className="text-sm">
              {p.membersArea}
            </Link>
          </div>
        </div>
      </header>
      <main id="content" className="mx-auto flex max-w-5xl flex-col gap-10 px-4 py-10">
        <section>
          <h1 className="text-3xl font-semibold">{p.homeTitle}</h1>
          <p className="mt-4 max-w-3xl text-lg text-slate-700">{p.intro}</p>
        </section>
        <div className="grid gap-8 md:grid-cols-3">
          <section aria-labelledby="latest" className="md:col-span-2">
            <h2 id="latest" className="text-xl font-semibold">
              {p.latest}
            </h2>
            {entries.length === 0 && <p className="mt-3 text-slate-600">{p.noLatest}</p>}
            <ul className="mt-4 flex flex-col gap-5">
              {entries.map((entry) => (
                <li key={`${entry.kind}-${entry.id}`}>
                  <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                    {p.kinds[entry.kind]} · {formatDate(entry.date, locale)}
                  </p>
                  <h3 className="font-semibold">
                    {pick(entry.titleFr, entry.titleEn)}
                    {missing(entry.titleFr, entry.titleEn) && <span className="ml-2 text-sm font-normal text-slate-500">{p.inOtherLanguage}</span>}
                  </h3>
                  {pick(entry.summaryFr, entry.summaryEn) && (
                    <p className="mt-1 line-clamp-3 text-sm text-slate-700">{pick(entry.summaryFr, entry.summaryEn)}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="next-meetings">
            <h2 id="next-meetings" className="text-xl font-semibold">
              {p.nextMeetings}
            </h2>
            {meetings.length === 0 && <p className="mt-3 text-slate-600">{p.noNextMeetings}</p>}
            <ul className="mt-4 flex flex-col gap-3">
              {meetings.map((meeting) => (
                <li key={meeting.id} className="text-sm">
                  <p className="font-medium">{pick(meeting.titleFr, meeting.titleEn)}</p>
                  <p className="text-slate-600">{formatMeetingTime(meeting.startsAt, meeting.allDay, locale)}</p>
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
                <p className="font-semibold">
                  {organisation.name}
                  {organisation.acronym && organisation.acronym !== organisation.name ? ` (${organisation.acronym})` : ""}
                </p>
                <p className="text-xs text-slate-600">{organisation.status === "OBSERVER" ? p.observer : p.member}</p>
                {pick(organisation.descriptionFr, organisation.descriptionEn) && (
                  <p className="mt-2 text-slate-700">{pick(organisation.descriptionFr, organisation.descriptionEn)}</p>
                )}
                {organisation.website && (
                  <p className="mt-2">
                    <a href={organisation.website} rel="noopener noreferrer">
                      {p.website}
                    </a>
                  </p>
                )}
                {organisation.publicContact && (
                  <p className="mt-1">
                    {p.contact} : {organisation.publicContact}
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
