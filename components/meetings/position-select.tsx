"use client";
// An official present, picked by name with the position held on the meeting's day: the options are
// the positions whose dates contain that day. A choice already made stays in the list when the day
// changes (marked), so nothing is silently dropped; the server then says why it is refused.
import { useState } from "react";
import { useField } from "@/components/ui/action-form";
import type { PositionChoice } from "@/lib/meetings/form-queries";

export function heldOn(position: Pick<PositionChoice, "startDate" | "endDate">, day: string | null): boolean {
  if (!day) return true;
  return (!position.startDate || position.startDate <= day) && (!position.endDate || position.endDate >= day);
}

export function PositionSelect({
  name,
  label,
  hint,
  emptyLabel,
  notHeldLabel,
  positions,
  day,
  initial,
}: {
  name: string;
  label: string;
  hint?: string;
  emptyLabel: string;
  notHeldLabel: string;
  positions: PositionChoice[];
  /** The meeting's day (YYYY-MM-DD), or null while none is typed. */
  day: string | null;
  initial?: string;
}) {
  const { error, value } = useField(name, initial);
  const [chosen, setChosen] = useState(typeof value === "string" ? value : "");
  const options = positions.filter((p) => p.value === chosen || heldOn(p, day));
  const describedBy = [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {/* Uncontrolled, like every field of ActionForm: React resets a form after its action, and
          only a default value survives that reset. The state only follows the choice for the list. */}
      <select
        id={name}
        name={name}
        defaultValue={chosen}
        onChange={(event) => setChosen(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-accent-600"
      >
        <option value="">{emptyLabel}</option>
        {options.map((p) => (
          <option key={p.value} value={p.value}>
            {heldOn(p, day) ? p.label : `${p.label} ${notHeldLabel}`}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="text-sm text-accent-600">
          {error}
        </p>
      )}
    </div>
  );
}
