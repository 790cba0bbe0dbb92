"use client";
// A letter's recipients as rows (institution and/or the official addressed, or a member
// organisation), added and removed in the browser. The officials offered are those whose position
// covers the date typed in the form's date field; the server checks it again.
import { useEffect, useRef, useState } from "react";
import { useField } from "@/components/ui/action-form";
import type { Option } from "@/components/ui/form-fields";
import type { PositionChoice } from "@/lib/letters/form-queries";

type Row = { key: number; institutionId: string; positionId: string; organisationId: string };

export type RecipientRowsTexts = {
  legend: string;
  institutionId: string;
  positionId: string;
  positionHint: string;
  organisationId: string;
  add: string;
  remove: string;
  none: string;
};

const control = "w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-accent-600";
const text = (value: unknown) => (typeof value === "string" ? value : "");

const heldOn = (position: PositionChoice, day: string) =>
  !day || ((!position.startDate || position.startDate <= day) && (!position.endDate || position.endDate >= day));

export function RecipientRows({
  initial,
  institutions,
  organisations,
  positions,
  dateFieldId,
  t,
}: {
  initial: { institutionId: string | null; positionId: string | null; organisationId: string | null }[];
  institutions: Option[];
  organisations: Option[];
  positions: PositionChoice[];
  dateFieldId: string;
  t: RecipientRowsTexts;
}) {
  const { value, state } = useField("recipients", initial);
  const given = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  // A new set of rows each time the server hands the user's input back.
  return <Rows key={`${state.status}-${JSON.stringify(given)}`} given={given} {...{ institutions, organisations, positions, dateFieldId, t }} />;
}

function Rows({
  given,
  institutions,
  organisations,
  positions,
  dateFieldId,
  t,
}: {
  given: Record<string, unknown>[];
  institutions: Option[];
  organisations: Option[];
  positions: PositionChoice[];
  dateFieldId: string;
  t: RecipientRowsTexts;
}) {
  const { state } = useField("recipients");
  const nextKey = useRef(given.length + 1);
  const [rows, setRows] = useState<Row[]>(() => {
    const start = given.map((row, index) => ({ key: index, institutionId: text(row.institutionId), positionId: text(row.positionId), organisationId: text(row.organisationId) }));
    return start.length ? start : [{ key: 0, institutionId: "", positionId: "", organisationId: "" }];
  });
  const [day, setDay] = useState("");
  useEffect(() => {
    const input = document.getElementById(dateFieldId) as HTMLInputElement | null;
    if (!input) return;
    const follow = () => setDay(input.value);
    follow();
    input.addEventListener("input", follow);
    input.addEventListener("change", follow);
    return () => {
      input.removeEventListener("input", follow);
      input.removeEventListener("change", follow);
    };
  }, [dateFieldId]);

  const add = () => setRows((current) => [...current, { key: nextKey.current++, institutionId: "", positionId: "", organisationId: "" }]);
  const remove = (key: number) => setRows((current) => current.filter((row) => row.key !== key));

  return (
    <div className="flex flex-col gap-3">
      {rows.map((row, index) => {
        const name = (field: string) => `recipients[${index}].${field}`;
        const error = (field: string) => state.fieldErrors?.[`recipients.${index}.${field}`];
        const id = (field: string) => `recipients-${index}-${field}`;
        const offered = positions.filter((position) => position.value === row.positionId || heldOn(position, day));
        const n = String(index + 1);
        return (
          <fieldset key={row.key} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
            <legend className="px-1 text-sm font-medium text-slate-800">{t.legend.replace("{n}", n)}</legend>
            {(["institutionId", "positionId", "organisationId"] as const).map((field) => {
              const options = field === "institutionId" ? institutions : field === "organisationId" ? organisations : offered;
              const message = error(field);
              const describedBy = [message ? `${id(field)}-error` : null, field === "positionId" ? `${id(field)}-hint` : null].filter(Boolean).join(" ");
              return (
                <div key={field} className="flex flex-col gap-1">
                  <label htmlFor={id(field)} className="text-sm text-slate-800">
                    {t[field]}
                  </label>
                  <select
                    id={id(field)}
                    name={name(field)}
                    defaultValue={row[field]}
                    onChange={(event) => setRows((current) => current.map((r) => (r.key === row.key ? { ...r, [field]: event.target.value } : r)))}
                    aria-invalid={message ? true : undefined}
                    aria-describedby={describedBy || undefined}
                    className={control}
                  >
                    <option value="">{t.none}</option>
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                  {field === "positionId" && (
                    <p id={`${id(field)}-hint`} className="text-xs text-slate-600">
                      {t.positionHint}
                    </p>
                  )}
                  {message && (
                    <p id={`${id(field)}-error`} className="text-sm text-accent-600">
                      {message}
                    </p>
                  )}
                </div>
              );
            })}
            <div className="sm:col-span-3">
              <button type="button" onClick={() => remove(row.key)} className="text-sm text-accent-600 underline">
                {t.remove.replace("{n}", n)}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <button type="button" onClick={add} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          {t.add}
        </button>
      </div>
    </div>
  );
}
