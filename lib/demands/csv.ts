import { formatIsoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import { institutionName } from "@/lib/institutions/name";
import type { CsvColumn } from "@/lib/lists/csv";
import type { DemandRow } from "./queries";

export function demandCsvColumns(t: Messages, locale: Locale): CsvColumn<DemandRow>[] {
  const c = t.demands.csv;
  return [
    { header: c.title, value: (row) => localized(locale, row.titleFr, row.titleEn).text },
    { header: c.status, value: (row) => t.demands.statuses[row.status] },
    { header: c.statusDate, value: (row) => formatIsoDate(row.statusDate) },
    { header: c.raisedOn, value: (row) => formatIsoDate(row.raisedOn) },
    { header: c.themes, value: (row) => row.themes.map(({ theme }) => (locale === "en" ? theme.nameEn : theme.nameFr)).join(", ") },
    { header: c.targets, value: (row) => row.targets.map(({ institution }) => institutionName(locale, institution)).join(", ") },
    { header: c.visibility, value: (row) => t.lists.visibilityLevels[row.visibility] },
  ];
}
