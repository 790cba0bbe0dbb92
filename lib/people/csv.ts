import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { institutionName } from "@/lib/institutions/name";
import type { CsvColumn } from "@/lib/lists/csv";
import type { PersonRow } from "./queries";

export function personCsvColumns(t: Messages, locale: Locale): CsvColumn<PersonRow>[] {
  const c = t.people.csv;
  return [
    { header: c.lastName, value: (row) => row.lastName },
    { header: c.firstName, value: (row) => row.firstName },
    { header: c.organisation, value: (row) => row.organisation?.name },
    { header: c.position, value: (row) => (row.positions[0] ? (locale === "en" && row.positions[0].titleEn) || row.positions[0].title : "") },
    { header: c.institution, value: (row) => (row.positions[0] ? institutionName(locale, row.positions[0].institution) : "") },
  ];
}
