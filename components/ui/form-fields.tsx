"use client";
// Labelled controls bound to the enclosing ActionForm: each shows its error beside it and keeps
// the user's input after a failed attempt. Every form is made of these.
import type { ReactNode } from "react";
import { useField } from "./action-form";

type Common = { name: string; label: string; hint?: string; required?: boolean; className?: string };

const control =
  "w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-accent-600 disabled:bg-slate-100";

function Frame({ name, label, hint, error, required, children, className = "" }: Common & { error?: string; children: ReactNode }) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={name} className="text-sm font-medium text-slate-800">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children}
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

const describedBy = (name: string, error?: string, hint?: string) =>
  [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;

const asString = (value: unknown) => (value === null || value === undefined ? "" : String(value));

export function TextField({ type = "text", initial, maxLength, ...props }: Common & { type?: "text" | "email" | "url" | "date" | "datetime-local" | "time" | "number" | "password"; initial?: unknown; maxLength?: number }) {
  const { error, value, state } = useField(props.name, initial);
  return (
    <Frame {...props} error={error}>
      <input
        key={`${props.name}-${state.status}-${asString(value)}`}
        id={props.name}
        name={props.name}
        type={type}
        defaultValue={type === "password" ? undefined : asString(value)}
        maxLength={maxLength}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.name, error, props.hint)}
        className={control}
      />
    </Frame>
  );
}

export function TextAreaField({ initial, rows = 6, ...props }: Common & { initial?: unknown; rows?: number }) {
  const { error, value, state } = useField(props.name, initial);
  return (
    <Frame {...props} error={error}>
      <textarea
        key={`${props.name}-${state.status}-${asString(value).length}`}
        id={props.name}
        name={props.name}
        rows={rows}
        defaultValue={asString(value)}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.name, error, props.hint)}
        className={control}
      />
    </Frame>
  );
}

export type Option = { value: string; label: string };

export function SelectField({ options, initial, emptyLabel, ...props }: Common & { options: Option[]; initial?: unknown; emptyLabel?: string }) {
  const { error, value, state } = useField(props.name, initial);
  return (
    <Frame {...props} error={error}>
      <select
        key={`${props.name}-${state.status}-${asString(value)}`}
        id={props.name}
        name={props.name}
        defaultValue={asString(value)}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.name, error, props.hint)}
        className={control}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Several choices among a list, as labelled checkboxes in a fieldset (`name[]`). */
export function CheckboxListField({ name, label, options, initial, hint }: { name: string; label: string; options: Option[]; initial?: string[]; hint?: string }) {
  const { error, value, state } = useField(name, initial);
  const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedBy(name, error, hint)}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <div className="grid max-h-56 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={`${option.value}-${state.status}`} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={`${name}[]`} value={option.value} defaultChecked={chosen.has(option.value)} className="mt-0.5" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
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
    </fieldset>
  );
}

export function CheckboxField({ name, label, initial, hint }: { name: string; label: string; initial?: boolean; hint?: string }) {
  const { error, value, state } = useField(name, initial ? "on" : undefined);
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input key={state.status} type="checkbox" name={name} id={name} defaultChecked={value === "on" || value === true} aria-describedby={describedBy(name, error, hint)} />
        {label}
      </label>
      {hint && <p id={`${name}-hint`} className="text-xs text-slate-600">{hint}</p>}
      {error && <p id={`${name}-error`} className="text-sm text-accent-600">{error}</p>}
    </div>
  );
}
