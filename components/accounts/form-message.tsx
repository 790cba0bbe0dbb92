import type { FormState } from "@/lib/accounts/form-state";
import { SavedNotice } from "@/components/ui/saved-notice";

/** The form's own sentence: an alert for a refusal, a status for a success. Lives inside the form. */
export function FormMessage({ state, id }: { state: FormState; id: string }) {
  if (!state.message) return null;
  if (state.status === "error") {
    return (
      <p id={id} role="alert" className="rounded-md border border-accent-600 bg-red-50 px-3 py-2 text-sm text-accent-600">
        {state.message}
      </p>
    );
  }
  return (
    <SavedNotice id={id}>
      {state.message}
    </SavedNotice>
  );
}

/** The aria attributes that tie a control to its error and hint, as `Field` renders them. */
export function describe(name: string, error?: string, hint?: boolean) {
  const ids = [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export const selectClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-accent-600";
