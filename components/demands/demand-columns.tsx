import type { Column } from "@/components/ui/data-table";
import { Badge, VisibilityBadge } from "@/components/ui/badge";
import { Localized } from "@/components/ui/localized-text";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import { institutionName } from "@/lib/institutions/name";
import type { DemandRow } from "@/lib/demands/queries";
import { demandStatusTone } from "./demand-status";

export function demandColumns(t: Messages, locale: Locale): Column<DemandRow>[] {
  const c = t.demands.columns;
  return [
    { key: "title", header: c.title, cell: (row) => <Localized value={localized(locale, row.titleFr, row.titleEn)} notes={t.lists} /> },
    { key: "status", header: c.status, cell: (row) => <Badge tone={demandStatusTone[row.status]}>{t.demands.statuses[row.status]}</Badge> },
    { key: "statusDate", header: c.statusDate, cell: (row) => formatDate(row.statusDate, locale), className: "whitespace-nowrap" },
    { key: "themes", header: c.themes, cell: (row) => row.themes.map(({ theme }) => (locale === "en" ? theme.nameEn : theme.nameFr)).join(", ") },
    { key: "targets", header: c.targets, cell: (row) => row.targets.map(({ institution }) => institutionName(locale, institution)).join(", ") },
    { key: "visibility", header: c.visibility, cell: (row) => <VisibilityBadge visibility={row.visibility} labels={t.lists.visibilityLevels} /> },
  ];
}
