import type { ReactNode } from "react";

export type ChartTable = { rowHeader: string; columns: string[]; rows: { header: string; cells: (string | number)[] }[] };

/**
 * A chart as a figure: the SVG is an image named by the caption and its summary; the numbers are
 * in a real table behind "show as table", readable by screen readers and keyboards.
 */
export function ChartFigure({
  id,
  title,
  summary,
  showTable,
  table,
  empty,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  showTable: string;
  table: ChartTable;
  empty?: string;
  children: ReactNode;
}) {
  return (
    <figure aria-labelledby={`${id}-title`} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4">
      <figcaption>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <p id={`${id}-summary`} className="text-sm text-slate-600">
          {summary}
        </p>
      </figcaption>
      {empty ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <>
          {children}
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-700">{showTable}</summary>
            <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
              <table className="min-w-full border-collapse text-left">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-4 font-semibold">
                      {table.rowHeader}
                    </th>
                    {table.columns.map((column) => (
                      <th key={column} scope="col" className="py-1 pr-4 text-right font-semibold">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={row.header} className="border-b border-slate-100">
                      <th scope="row" className="py-1 pr-4 font-normal">
                        {row.header}
                      </th>
                      {row.cells.map((cell, index) => (
                        <td key={index} className="py-1 pr-4 text-right tabular-nums">
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}

/** Cuts a label to fit the label column of an SVG chart; the full text stays in <title> and the table. */
export function fit(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
