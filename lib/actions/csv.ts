import { formatIsoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import type { CsvColumn } from "@/lib/lists/csv";
import type { ActionRow } from "./queries";

export function actionCsvColumns(t: Messages, locale: Locale): CsvColumn<ActionRow>[] {
  const c = t.actions.csv;
  return [
    { header: c.title, value: (row) => row.title },
    { header: c.status, value: (row) => t.actions.statuses[row.status] },
    { header: c.dueOn, value: (row) => formatIsoDate(row.dueOn) },
    { header: c.organisation, value: (row) => row.assigneeOrganisation?.name },
    { header: c.person, value: (row) => row.assigneeUser?.name },
    { header: c.meeting, value: (row) => (row.meeting ? localized(locale, row.meeting.titleFr, row.meeting.titleEn).text : "") },
    { header: c.visibility, value: (row) => t.lists.visibilityLevels[row.visibility] },
  ];
}
