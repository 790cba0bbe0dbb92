import type { Column } from "@/components/ui/data-table";
import { Badge, VisibilityBadge } from "@/components/ui/badge";
import { Localized } from "@/components/ui/localized-text";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import { institutionName } from "@/lib/institutions/name";
import type { MeetingRow } from "@/lib/meetings/queries";

const statusTone = { PLANNED: "info", HELD: "success", CANCELLED: "warning" } as const;

export function meetingColumns(t: Messages, locale: Locale): Column<MeetingRow>[] {
  const m = t.meetings;
  return [
    { key: "title", header: m.columns.title, cell: (row) => <Localized value={localized(locale, row.titleFr, row.titleEn)} notes={t.lists} /> },
    { key: "date", header: m.columns.date, cell: (row) => formatDateTime(row.startsAt, locale), className: "whitespace-nowrap" },
    { key: "kind", header: m.columns.kind, cell: (row) => m.kinds[row.kind] },
    { key: "status", header: m.columns.status, cell: (row) => <Badge tone={statusTone[row.status]}>{m.statuses[row.status]}</Badge> },
    { key: "institutions", header: m.columns.institutions, cell: (row) => row.institutions.map((i) => institutionName(locale, i.institution)).join(", ") },
    { key: "visibility", header: m.columns.visibility, cell: (row) => <VisibilityBadge visibility={row.visibility} labels={t.lists.visibilityLevels} /> },
  ];
}
