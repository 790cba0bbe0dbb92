import { formatIsoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import type { CsvColumn } from "@/lib/lists/csv";
import type { CampaignRow } from "./queries";

export function campaignCsvColumns(t: Messages, locale: Locale): CsvColumn<CampaignRow>[] {
  const c = t.campaigns.csv;
  return [
    { header: c.name, value: (row) => localized(locale, row.nameFr, row.nameEn).text },
    { header: c.startsOn, value: (row) => formatIsoDate(row.startsOn) },
    { header: c.endsOn, value: (row) => formatIsoDate(row.endsOn) },
    { header: c.visibility, value: (row) => t.lists.visibilityLevels[row.visibility] },
  ];
}
