import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentList } from "@/components/public/document-list";
import { entryDate } from "@/components/public/entry-list";
import { Localized, LocalizedList, LocalizedMarkdown, Paragraphs } from "@/components/public/localized";
import { SiteHeader } from "@/components/public/site-header";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { markdownToText } from "@/lib/markdown";
import { pickText } from "@/lib/public/bilingual";
import { getPublicEntry } from "@/lib/public/cached";
import { localeOf } from "@/lib/public/locale";
import { publicAlternates } from "@/lib/public/metadata";
import { entryHref, timelineHref } from "@/lib/public/paths";
import type { PublicEntryDetail } from "@/lib/public/queries";
import { parseEntryKey } from "@/lib/public/timeline-view";

type Props = { params: Promise<{ lang: string; entry: string }> };

// One public entry, rendered on its first request and cached. An unknown, malformed or withdrawn
// entry is the same plain 404: nothing tells a hidden item from one that never existed.
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

async function load(props: Props): Promise<{ locale: Locale; entry: PublicEntryDetail | null }> {
  const locale = await localeOf(props.params);
  const key = parseEntryKey((await props.params).entry);
  return { locale, entry: key ? await getPublicEntry(key.kind, key.id) : null };
}

function description(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, flat.lastIndexOf(" ", 197))}…` : flat;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, entry } = await load(props);
  if (!entry) return {};
  const title = pickText(entry.title, locale);
  const body = pickText(entry.body, locale);
  const summary = description(entry.bodyFormat === "markdown" ? markdownToText(body) : body) || messages[locale].publicSite.timeline.description;
  const url = entryHref(locale, entry.kind, entry.id);
  return {
    title,
    description: summary,
    alternates: publicAlternates(locale, url, { fr: entryHref("fr", entry.kind, entry.id), en: entryHref("en", entry.kind, entry.id) }),
    openGraph: { title, description: summary, url, type: "article" },
  };
}

export default async function EntryPage(props: Props) {
  const { locale, entry } = await load(props);
  if (!entry) notFound();
  const p = messages[locale].publicSite;
  const e = p.entry;
  const label =
    entry.kind === "meeting" && entry.meetingKind
      ? e.meetingKinds[entry.meetingKind]
      : entry.kind === "letter" && entry.letterDirection
        ? e.direction[entry.letterDirection]
        : entry.kind === "milestone" && entry.status
          ? p.statuses[entry.status]
          : p.kinds[entry.kind];
  return (
    <>
      <SiteHeader locale={locale} alternate={entryHref(locale === "fr" ? "en" : "fr", entry.kind, entry.id)} />
      <main id="content" className="mx-auto flex max-w-3xl flex-col gap-8 px-4 py-10">
        <p>
          <a href={timelineHref(locale)}>← {e.back}</a>
        </p>
        <article className="flex flex-col gap-6">
          <header>
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
              {label} · <time dateTime={entry.date}>{entryDate(entry, locale)}</time>
            </p>
            <Localized text={entry.title} locale={locale} as="h1" className="mt-2 text-3xl font-semibold" />
          </header>
          {!(entry.body.fr || entry.body.en) ? (
            <p className="text-slate-700">{e.noSummary}</p>
          ) : entry.bodyFormat === "markdown" ? (
            <LocalizedMarkdown text={entry.body} locale={locale} className="text-slate-800" lead />
          ) : (
            <Paragraphs text={entry.body} locale={locale} className="text-lg text-slate-800" />
          )}
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            {entry.institutions.length > 0 && (
              <>
                <dt className="font-semibold">{e.institutions}</dt>
                <dd>
                  <LocalizedList texts={entry.institutions.map((i) => i.name)} locale={locale} />
                </dd>
              </>
            )}
            {entry.campaign && (
              <>
                <dt className="font-semibold">{e.campaign}</dt>
                <dd>
                  <a href={timelineHref(locale, { campaign: entry.campaign.slug })}>
                    <Localized text={entry.campaign.name} locale={locale} />
                  </a>
                </dd>
              </>
            )}
            {entry.bill && (
              <>
                <dt className="font-semibold">{e.bill}</dt>
                <dd>{entry.bill}</dd>
              </>
            )}
            {entry.demand && entry.demand.themes.length > 0 && (
              <>
                <dt className="font-semibold">{e.themes}</dt>
                <dd>
                  <LocalizedList texts={entry.demand.themes} locale={locale} />
                </dd>
              </>
            )}
          </dl>
          {entry.demands.length > 0 && (
            <section aria-labelledby="demands">
              <h2 id="demands" className="mb-2 text-xl font-semibold">
                {e.demands}
              </h2>
              <ul className="list-disc pl-6">
                {entry.demands.map((demand, index) => (
                  <Localized key={index} text={demand.title} locale={locale} as="li" />
                ))}
              </ul>
            </section>
          )}
          {entry.demand && (
            <section aria-labelledby="history">
              <h2 id="history" className="mb-2 text-xl font-semibold">
                {e.demandHistory}
              </h2>
              <Paragraphs text={entry.demand.description} locale={locale} className="mb-4 text-slate-800" />
              <ol className="flex flex-col gap-3">
                {entry.demand.milestones.map((step) => (
                  <li key={step.id} className="border-l-4 border-brand-100 pl-4">
                    <p className="text-sm font-semibold">
                      <time dateTime={step.date}>{formatDate(step.date, locale)}</time> · {p.statuses[step.status]}{" "}
                      {step.id === entry.id ? <span className="font-normal text-slate-700">{e.current}</span> : null}
                    </p>
                    {step.id === entry.id ? (
                      <Localized text={step.note} locale={locale} as="p" />
                    ) : (
                      <p>
                        <a href={entryHref(locale, "milestone", step.id)}>
                          <Localized text={step.note} locale={locale} />
                        </a>
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {entry.documents.length > 0 && (
            <section aria-labelledby="documents">
              <h2 id="documents" className="mb-2 text-xl font-semibold">
                {e.documents}
              </h2>
              <DocumentList documents={entry.documents} locale={locale} />
            </section>
          )}
        </article>
      </main>
    </>
  );
}
