import { DataTable } from "@/components/ui/data-table";
import { Localized } from "@/components/ui/localized-text";
import { formatDate } from "@/lib/i18n/format";
import { localizedOptional } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { PublishingMessages } from "@/lib/i18n/messages/publishing";
import type { MissingTranslation, TranslationGap } from "@/lib/publishing/queries";

/** "title in English", "summary in French": what a text lacks, one line each. */
export function MissingTranslations({ missing, m }: { missing: MissingTranslation[]; m: PublishingMessages }) {
  return (
    <ul>
      {missing.map((one) => (
        <li key={`${one.field}-${one.lacks}`}>
          {m.fields[one.field]} {m.inLanguage[one.lacks]}
        </li>
      ))}
    </ul>
  );
}

/** What the public pages show in one language only: each text, what it lacks, and a link to where it is completed. */
export function TranslationGaps({
  gaps,
  locale,
  m,
  notes,
}: {
  gaps: TranslationGap[];
  locale: Locale;
  m: PublishingMessages;
  notes: { inFrench: string; inEnglish: string };
}) {
  const g = m.translations;
  return (
    <DataTable
      caption={g.caption}
      rows={gaps}
      rowKey={(gap) => `${gap.kind}-${gap.id}`}
      rowHref={(gap) => gap.fixHref}
      columns={[
        {
          key: "name",
          header: g.columns.name,
          cell: (gap) => {
            const name = localizedOptional(locale, gap.name.fr, gap.name.en);
            return name ? <Localized value={name} notes={notes} /> : gap.id;
          },
        },
        { key: "kind", header: g.columns.kind, cell: (gap) => g.kinds[gap.kind] },
        { key: "date", header: g.columns.date, cell: (gap) => (gap.date ? formatDate(gap.date, locale) : null) },
        {
          key: "missing",
          header: g.columns.missing,
          cell: (gap) => <MissingTranslations missing={gap.missing} m={m} />,
        },
      ]}
    />
  );
}
