import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { HeatMap } from "@/components/charts/heat-map";
import { StackedBarChart, type Series } from "@/components/charts/stacked-bar-chart";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { countActionTimelinessByOrganisation, countDemandsByStatus, countMeetingsByInstitutionAndYear } from "@/lib/charts/queries";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";

/** Institutions shown one by one; the others are summed on one row. */
const TOP_INSTITUTIONS = 15;

export default async function ChartsPage() {
  const user = await requireUser();
  const { t, locale } = await getMessages();
  const c = t.charts;
  const [meetingCounts, demandCounts, timeliness] = await Promise.all([
    countMeetingsByInstitutionAndYear(user),
    countDemandsByStatus(user),
    countActionTimelinessByOrganisation(user),
  ]);

  // Meetings: institutions by total, years from the first to the last without gaps.
  const institutions = new Map<string, { name: string; total: number; byYear: Map<number, number> }>();
  for (const row of meetingCounts) {
    const entry = institutions.get(row.institutionId) ?? { name: (locale === "en" && row.nameEn) || row.name, total: 0, byYear: new Map() };
    entry.total += row.count;
    entry.byYear.set(row.year, row.count);
    institutions.set(row.institutionId, entry);
  }
  const ranked = [...institutions.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, locale));
  const shown = ranked.slice(0, TOP_INSTITUTIONS);
  const rest = ranked.slice(TOP_INSTITUTIONS);
  if (rest.length) {
    const byYear = new Map<number, number>();
    for (const entry of rest) for (const [year, count] of entry.byYear) byYear.set(year, (byYear.get(year) ?? 0) + count);
    shown.push({ name: interpolate(c.meetings.others, { count: rest.length }), total: rest.reduce((sum, e) => sum + e.total, 0), byYear });
  }
  const yearsSeen = meetingCounts.map((row) => row.year);
  const years = yearsSeen.length
    ? Array.from({ length: Math.max(...yearsSeen) - Math.min(...yearsSeen) + 1 }, (_, i) => Math.min(...yearsSeen) + i)
    : [];

  const series: Series[] = [
    { key: "onTime", label: c.actions.onTime, color: "#15803d" },
    { key: "late", label: c.actions.late, color: "#b45309" },
    { key: "doneUndated", label: c.actions.doneUndated, color: "#64748b" },
    { key: "overdue", label: c.actions.overdue, color: "#b4232f" },
    { key: "notYetDue", label: c.actions.notYetDue, color: "#1f4e8c" },
  ];
  const timelinessRows = timeliness.map((row) => ({
    label: row.name,
    values: { onTime: row.onTime, late: row.late, doneUndated: row.doneUndated, overdue: row.overdue, notYetDue: row.notYetDue } as Record<string, number>,
  }));
  const allOrganisations = can(user, "read:dashboard:coordination");

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{c.title}</h1>
        <p className="text-sm text-slate-600">{c.intro}</p>
      </div>

      <ChartFigure
        id="chart-meetings"
        title={c.meetings.title}
        summary={c.meetings.summary}
        showTable={c.showTable}
        empty={shown.length ? undefined : c.meetings.empty}
        table={{
          rowHeader: c.meetings.institution,
          columns: years.map(String),
          rows: shown.map((entry) => ({ header: entry.name, cells: years.map((year) => entry.byYear.get(year) ?? 0) })),
        }}
      >
        <HeatMap
          id="chart-meetings"
          rows={shown.map((entry) => entry.name)}
          columns={years.map(String)}
          value={(r, col) => shown[r].byYear.get(years[col]) ?? 0}
        />
      </ChartFigure>

      <ChartFigure
        id="chart-demands"
        title={c.demands.title}
        summary={c.demands.summary}
        showTable={c.showTable}
        empty={demandCounts.some((row) => row.count) ? undefined : c.demands.empty}
        table={{
          rowHeader: c.demands.status,
          columns: [c.demands.count],
          rows: demandCounts.map((row) => ({ header: c.demands.statuses[row.status], cells: [row.count] })),
        }}
      >
        <BarChart id="chart-demands" bars={demandCounts.map((row) => ({ label: c.demands.statuses[row.status], value: row.count }))} />
      </ChartFigure>

      <ChartFigure
        id="chart-actions"
        title={allOrganisations ? c.actions.title : c.actions.titleOwn}
        summary={c.actions.summary}
        showTable={c.showTable}
        empty={timelinessRows.length ? undefined : c.actions.empty}
        table={{
          rowHeader: c.actions.organisation,
          columns: series.map((s) => s.label),
          rows: timelinessRows.map((row) => ({ header: row.label, cells: series.map((s) => row.values[s.key]) })),
        }}
      >
        <StackedBarChart id="chart-actions" series={series} rows={timelinessRows} />
      </ChartFigure>
    </div>
  );
}
