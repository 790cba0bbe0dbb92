"use client";
// Repeated rows of a form (`group[i].field`), added and removed in the browser. The server renders
// the saved rows plus a few empty ones, so the form also works without JavaScript; empty rows are
// ignored by the schema. Rows keep their number while the user edits (a removed row leaves a hole
// that formDataToObject closes); after a refused submission they are numbered again from the
// echoed input, which is how the server numbered its errors.
import { useState, type ReactNode } from "react";
import { useField } from "./action-form";

export type RowControls = { index: number; position: number; remove: ReactNode };

export function RepeatedRows({
  group,
  savedCount,
  emptyCount,
  max = 50,
  addLabel,
  removeLabel,
  renderRow,
}: {
  group: string;
  /** Rows the record already holds (their values come from `initial` in renderRow). */
  savedCount: number;
  /** Empty rows offered on top, for use without JavaScript. */
  emptyCount: number;
  max?: number;
  addLabel: string;
  /** "Retirer {n}"-style label, with the row's position. */
  removeLabel: (position: number) => string;
  renderRow: (row: RowControls) => ReactNode;
}) {
  const { state } = useField(group);
  const echoed = state.values ? state.values[group] : undefined;
  const count = state.values ? (Array.isArray(echoed) ? echoed.length : 0) : savedCount + emptyCount;
  const [rows, setRows] = useState(() => ({ state, generation: 0, indices: range(count), next: count }));
  // A new answer from the server: start again from what it echoed.
  if (rows.state !== state) setRows({ state, generation: rows.generation + 1, indices: range(count), next: count });

  const add = () => setRows((r) => ({ ...r, indices: [...r.indices, r.next], next: r.next + 1 }));
  const removeAt = (index: number) => setRows((r) => ({ ...r, indices: r.indices.filter((i) => i !== index) }));

  return (
    <div className="flex flex-col gap-3">
      {rows.indices.map((index, position) => (
        <div key={`${rows.generation}-${index}`}>
          {renderRow({
            index,
            position: position + 1,
            remove: (
              <button type="button" onClick={() => removeAt(index)} className="self-start text-sm text-accent-600 underline-offset-2 hover:underline">
                {removeLabel(position + 1)}
              </button>
            ),
          })}
        </div>
      ))}
      {rows.indices.length < max && (
        <button
          type="button"
          onClick={add}
          className="self-start rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50"
        >
          {addLabel}
        </button>
      )}
    </div>
  );
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
