import { fit } from "./chart-figure";

const LABEL = 220;
const CELL_W = 46;
const CELL_H = 28;
const HEADER = 24;

/** A grid of counts (rows × columns), each cell shaded by its count and numbered. */
export function HeatMap({ id, rows, columns, value }: { id: string; rows: string[]; columns: string[]; value: (row: number, column: number) => number }) {
  let max = 1;
  for (let r = 0; r < rows.length; r++) for (let c = 0; c < columns.length; c++) max = Math.max(max, value(r, c));
  const width = LABEL + columns.length * CELL_W + 4;
  const height = HEADER + rows.length * CELL_H + 4;
  return (
    // A wide grid scrolls sideways: keyboard users reach the scroll with Tab (axe: scrollable-region-focusable).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-title ${id}-summary`}>
        {columns.map((column, c) => (
          <text key={column} x={LABEL + c * CELL_W + CELL_W / 2} y={HEADER - 8} textAnchor="middle" fontSize="12" fill="#1e293b">
            {column}
          </text>
        ))}
        {rows.map((row, r) => (
          <g key={row}>
            <title>{row}</title>
            <text x={LABEL - 8} y={HEADER + r * CELL_H + CELL_H / 2} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#1e293b">
              {fit(row, 32)}
            </text>
            {columns.map((column, c) => {
              const count = value(r, c);
              const strength = count / max;
              return (
                <g key={column}>
                  <rect
                    x={LABEL + c * CELL_W + 1}
                    y={HEADER + r * CELL_H + 1}
                    width={CELL_W - 2}
                    height={CELL_H - 2}
                    rx="3"
                    fill={count ? "#1f4e8c" : "#f1f5f9"}
                    fillOpacity={count ? 0.15 + 0.85 * strength : 1}
                  />
                  {count > 0 && (
                    <text
                      x={LABEL + c * CELL_W + CELL_W / 2}
                      y={HEADER + r * CELL_H + CELL_H / 2}
                      textAnchor="middle"
                      dominantBaseline="middle"
                      fontSize="12"
                      fill={strength > 0.5 ? "#fff" : "#0f172a"}
                    >
                      {count}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </div>
  );
}
