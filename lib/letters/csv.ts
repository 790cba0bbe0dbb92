import { formatIsoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import type { CsvColumn } from "@/lib/lists/csv";
import { correspondentLabel } from "./correspondent";
import type { LetterRow } from "./queries";

export function letterCsvColumns(t: Messages, locale: Locale): CsvColumn<LetterRow>[] {
  const c = t.letters.csv;
  return [
    { header: c.date, value: (row) => formatIsoDate(row.date) },
    { header: c.direction, value: (row) => t.letters.directions[row.direction] },
    { header: c.subject, value: (row) => localized(locale, row.subjectFr, row.subjectEn).text },
    { header: c.correspondent, value: (row) => correspondentLabel(row, locale) },
    { header: c.replyExpectedBy, value: (row) => formatIsoDate(row.replyExpectedBy) },
    { header: c.awaiting, value: (row) => (row.awaitingReply ? t.lists.yes : t.lists.no) },
    { header: c.visibility, value: (row) => t.lists.visibilityLevels[row.visibility] },
  ];
}
