import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { Localized } from "@/components/ui/localized-text";
import type { DemandDetail } from "@/lib/demands/queries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import { demandStatusTone } from "./demand-status";

type Change = DemandDetail["statusChanges"][number];

/** Every step of a demand's life, in date order: status, source meeting or letter, note; for coordinators, a link to correct each. */
export function DemandHistory({
  changes,
  t,
  locale,
  editableFor,
}: {
  changes: Change[];
  t: Messages;
  locale: Locale;
  /** For coordinators: the demand whose steps may be corrected. */
  editableFor?: string;
}) {
  const d = t.demands.detail;
  const w = t.demandWork;
  if (changes.length === 0) return <p className="text-sm text-slate-700">{d.noHistory}</p>;
  return (
    <DataTable
      caption={d.historyCaption}
      rows={changes}
      rowKey={(change) => change.id}
      columns={[
        { key: "date", header: d.date, cell: (change) => formatDate(change.date, locale), className: "whitespace-nowrap" },
        { key: "status", header: d.status, cell: (change) => <Badge tone={demandStatusTone[change.status]}>{t.demands.statuses[change.status]}</Badge> },
        {
          key: "source",
          header: d.source,
          cell: (change) =>
            change.sourceMeeting ? (
              <a href={`/meetings/${change.sourceMeeting.id}`}>
                <Localized value={localized(locale, change.sourceMeeting.titleFr, change.sourceMeeting.titleEn)} notes={t.lists} />
              </a>
            ) : change.sourceLetter ? (
              <a href={`/letters/${change.sourceLetter.id}`}>
                <Localized value={localized(locale, change.sourceLetter.subjectFr, change.sourceLetter.subjectEn)} notes={t.lists} />
              </a>
            ) : change.sourceStatement ? (
              <a href={`/statements/${change.sourceStatement.id}`}>
                <Localized value={localized(locale, change.sourceStatement.titleFr, change.sourceStatement.titleEn)} notes={t.lists} />
              </a>
            ) : (
              change.sourceLabel
            ),
        },
        { key: "note", header: d.note, cell: (change) => <Localized value={localized(locale, change.noteFr, change.noteEn)} notes={t.lists} /> },
        ...(editableFor
          ? [
              {
                key: "edit",
                header: w.manageColumn,
                className: "no-print",
                cell: (change: Change) => (
                  <a href={`/demands/${editableFor}/status/${change.id}/edit`} aria-label={interpolate(w.editStatusLabel, { date: formatDate(change.date, locale) })}>
                    {w.editStatusLink}
                  </a>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
