import type { InputHTMLAttributes, ReactNode } from "react";

/** A labelled form control with its error beside it; the one way to lay out a field. */
export function Field({
  label,
  name,
  error,
  hint,
  children,
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  children?: ReactNode;
}) {
  const describedBy = [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children ?? <Input id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} />}
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

export function Input(props: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      {...props}
      className={`rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-accent-600 ${props.className ?? ""}`}
    />
  );
}
