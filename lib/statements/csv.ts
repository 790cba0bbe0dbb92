import { formatIsoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import type { CsvColumn } from "@/lib/lists/csv";
import type { StatementRow } from "./queries";

export function statementCsvColumns(t: Messages, locale: Locale): CsvColumn<StatementRow>[] {
  const c = t.statements.csv;
  return [
    { header: c.date, value: (row) => formatIsoDate(row.date) },
    { header: c.title, value: (row) => localized(locale, row.titleFr, row.titleEn).text },
    { header: c.bill, value: (row) => row.bill },
    { header: c.campaign, value: (row) => (row.campaign ? localized(locale, row.campaign.nameFr, row.campaign.nameEn).text : "") },
    { header: c.visibility, value: (row) => t.lists.visibilityLevels[row.visibility] },
  ];
}
