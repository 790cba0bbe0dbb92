import { formatIsoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { CsvColumn } from "@/lib/lists/csv";
import { institutionName } from "./name";
import type { InstitutionRow } from "./queries";

export function institutionCsvColumns(t: Messages, locale: Locale): CsvColumn<InstitutionRow>[] {
  const c = t.institutions.csv;
  return [
    { header: c.name, value: (row) => institutionName(locale, row) },
    { header: c.acronym, value: (row) => row.acronym },
    { header: c.kind, value: (row) => t.institutions.kinds[row.kind] },
    { header: c.endedOn, value: (row) => formatIsoDate(row.endedOn) },
    { header: c.successor, value: (row) => (row.successor ? institutionName(locale, row.successor) : "") },
  ];
}
