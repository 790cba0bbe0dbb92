import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { entryHref } from "@/lib/public/paths";
import type { TimelineEntry } from "@/lib/public/queries";
import { Localized } from "./localized";

/** When an entry happened: a meeting at its Paris time, anything else on its date. */
export function entryDate(entry: { kind: string; date: string }, locale: Locale): string {
  return entry.kind === "meeting" ? formatDateTime(entry.date, locale) : formatDate(entry.date, locale);
}

export function EntryList({ entries, locale, headingLevel = 2 }: { entries: TimelineEntry[]; locale: Locale; headingLevel?: 2 | 3 }) {
  const p = messages[locale].publicSite;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="flex flex-col gap-6">
      {entries.map((entry) => (
        <li key={`${entry.kind}-${entry.id}`} className="border-l-4 border-brand-100 pl-4">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
            {entry.kind === "milestone" && entry.status ? p.statuses[entry.status] : p.kinds[entry.kind]} ·{" "}
            <time dateTime={entry.date}>{entryDate(entry, locale)}</time>
          </p>
          <Heading className="mt-1 text-lg font-semibold">
            <a href={entryHref(locale, entry.kind, entry.id)}>
              <Localized text={entry.title} locale={locale} />
            </a>
          </Heading>
          <Localized text={entry.summary} locale={locale} as="p" className="mt-1 line-clamp-2 text-sm text-slate-700" />
        </li>
      ))}
    </ol>
  );
}
