import type { ReactNode } from "react";
import { ClientNavigation } from "./client-navigation";

export type Column<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
};

/**
 * A column's own class, or no attribute at all: an undefined `className` would still travel in the
 * page's React payload, once per cell.
 */
function cellClass<T>(column: Column<T>): { className?: string } {
  return column.className ? { className: column.className } : {};
}

/**
 * The one table of the workspace: a caption, column headers with scope, and, when `rowHref` is
 * given, the first column of each row as a link to the record (the row's header for screen readers).
 * Links in its cells are plain `<a>`: the table navigates them in the browser (ClientNavigation).
 * It has no directive, so a client component can render it too, from rows of plain data: the
 * page's React payload then carries the data once instead of every cell's markup (ActionTable).
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowHref,
  captionHidden = true,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowHref?: (row: T) => string | null;
  captionHidden?: boolean;
}) {
  const [first, ...rest] = columns;
  return (
    <ClientNavigation className="overflow-x-auto rounded-md border border-slate-200">
      {/* The cells' padding and colours are the `.data-table` rules of app/globals.css, not utilities
          repeated in each of a page's 150 cells (a column's own class still wins: utilities come after). */}
      <table className="data-table min-w-full divide-y divide-slate-200 text-sm">
        <caption className={captionHidden ? "sr-only" : "px-3 py-2 text-left font-medium"}>{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" {...cellClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {rows.map((row) => {
            const href = rowHref?.(row);
            return (
              <tr key={rowKey(row)} className="align-top">
                <th scope="row" {...cellClass(first)}>
                  {href ? <a href={href}>{first.cell(row)}</a> : first.cell(row)}
                </th>
                {rest.map((column) => (
                  <td key={column.key} {...cellClass(column)}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ClientNavigation>
  );
}
