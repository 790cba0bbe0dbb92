import { fit } from "./chart-figure";

export type Bar = { label: string; value: number };

const WIDTH = 640;
const LABEL = 190;
const ROW = 28;

/** Horizontal bars with their value written beside each, as server-rendered SVG. */
export function BarChart({ id, bars, color = "#1f4e8c" }: { id: string; bars: Bar[]; color?: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const plot = WIDTH - LABEL - 48;
  const height = bars.length * ROW + 8;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-summary`} className="max-w-3xl">
      {bars.map((bar, index) => {
        const y = 4 + index * ROW;
        const width = (bar.value / max) * plot;
        return (
          <g key={bar.label}>
            <title>{`${bar.label} : ${bar.value}`}</title>
            <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="#1e293b">
              {fit(bar.label, 28)}
            </text>
            <rect x={LABEL} y={y + 4} width={Math.max(width, bar.value ? 2 : 0)} height={ROW - 8} rx="3" fill={color} />
            <text x={LABEL + width + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="13" fill="#1e293b">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
