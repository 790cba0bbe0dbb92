import { formatIsoDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import { institutionName } from "@/lib/institutions/name";
import type { CsvColumn } from "@/lib/lists/csv";
import type { MeetingRow } from "./queries";

export function meetingCsvColumns(t: Messages, locale: Locale): CsvColumn<MeetingRow>[] {
  const c = t.meetings.csv;
  return [
    { header: c.date, value: (row) => formatIsoDateTime(row.startsAt) },
    { header: c.title, value: (row) => localized(locale, row.titleFr, row.titleEn).text },
    { header: c.kind, value: (row) => t.meetings.kinds[row.kind] },
    { header: c.status, value: (row) => t.meetings.statuses[row.status] },
    { header: c.place, value: (row) => row.place },
    { header: c.institutions, value: (row) => row.institutions.map((i) => institutionName(locale, i.institution)).join(", ") },
    { header: c.visibility, value: (row) => t.lists.visibilityLevels[row.visibility] },
  ];
}
