import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { CsvColumn } from "@/lib/lists/csv";
import type { OrganisationRow } from "./queries";

export function organisationCsvColumns(t: Messages, _locale: Locale): CsvColumn<OrganisationRow>[] {
  const c = t.organisations.csv;
  return [
    { header: c.name, value: (row) => row.name },
    { header: c.acronym, value: (row) => row.acronym },
    { header: c.status, value: (row) => (row.status ? t.organisations.statuses[row.status] : "") },
    { header: c.website, value: (row) => row.website },
    { header: c.people, value: (row) => row._count.people },
  ];
}
