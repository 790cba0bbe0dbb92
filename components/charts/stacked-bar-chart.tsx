import { fit } from "./chart-figure";

export type Series = { key: string; label: string; color: string };
export type StackedRow = { label: string; values: Record<string, number> };

const WIDTH = 640;
const LABEL = 190;
const ROW = 28;
const LEGEND = 28;

/** Horizontal stacked bars, one per row, each segment numbered when wide enough, with a legend. */
export function StackedBarChart({ id, series, rows }: { id: string; series: Series[]; rows: StackedRow[] }) {
  const total = (row: StackedRow) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
  const max = Math.max(1, ...rows.map(total));
  const plot = WIDTH - LABEL - 40;
  const height = LEGEND + rows.length * ROW + 8;
  const legendWidth = WIDTH / series.length;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-summary`} className="max-w-3xl">
      {series.map((s, index) => (
        <g key={s.key} transform={`translate(${index * legendWidth}, 4)`}>
          <rect width="12" height="12" rx="2" fill={s.color} />
          <text x="16" y="10" fontSize="11" fill="#1e293b">
            {fit(s.label, 20)}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = LEGEND + index * ROW;
        let x = LABEL;
        return (
          <g key={row.label}>
            <title>{`${row.label} : ${series.map((s) => `${s.label} ${row.values[s.key] ?? 0}`).join(", ")}`}</title>
            <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="#1e293b">
              {fit(row.label, 28)}
            </text>
            {series.map((s) => {
              const value = row.values[s.key] ?? 0;
              const width = (value / max) * plot;
              const segment = (
                <g key={s.key}>
                  <rect x={x} y={y + 4} width={width} height={ROW - 8} fill={s.color} />
                  {width >= 18 && (
                    <text x={x + width / 2} y={y + ROW / 2} textAnchor="middle" dominantBaseline="middle" fontSize="11" fill="#fff">
                      {value}
                    </text>
                  )}
                </g>
              );
              x += width;
              return segment;
            })}
            <text x={x + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="12" fill="#475569">
              {total(row)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
