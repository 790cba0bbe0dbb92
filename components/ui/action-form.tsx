"use client";
// The one form component: it runs a server action, disables its submit button while pending (a
// double-click sends once), shows the form's error and a version conflict, and gives its fields
// the user's input and their errors back after a failed attempt.
import { createContext, use, useActionState, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/forms/state";
import { SavedNotice } from "@/components/ui/saved-notice";

const FormStateContext = createContext<FormState>(IDLE);

export type ActionFormTexts = {
  submit: string;
  pending: string;
  conflictBody: string;
  conflictBy?: string;
  /** The button's accessible name when its text alone is ambiguous ("Supprimer" in a list). */
  submitLabel?: string;
};

export function ActionForm({
  action,
  texts,
  children,
  className = "",
  encType,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  texts: ActionFormTexts;
  children: ReactNode;
  className?: string;
  encType?: "multipart/form-data";
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <FormStateContext value={state}>
      <form action={formAction} noValidate encType={encType} className={`flex flex-col gap-5 ${className}`} aria-busy={pending || undefined}>
        <FormBanner state={state} texts={texts} />
        {children}
        <div>
          <button
            type="submit"
            disabled={pending}
            aria-label={texts.submitLabel}
            className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-400"
          >
            {pending ? texts.pending : texts.submit}
          </button>
        </div>
      </form>
    </FormStateContext>
  );
}

function FormBanner({ state, texts }: { state: FormState; texts: ActionFormTexts }) {
  if (state.status === "success" && state.message) {
    return (
      <SavedNotice>
        {state.message}
      </SavedNotice>
    );
  }
  if (!state.formError) return null;
  return (
    <div role="alert" className="rounded-md border border-accent-600 bg-red-50 px-3 py-2 text-sm text-accent-600">
      <p className="font-medium">{state.formError}</p>
      {state.conflict && (
        <div className="mt-2 text-slate-800">
          <p>{texts.conflictBody}</p>
          {state.conflict.by && texts.conflictBy && <p className="mt-1">{texts.conflictBy.replace("{name}", state.conflict.by)}</p>}
          {state.conflict.changes.length > 0 && (
            <ul className="mt-2 list-disc pl-5" data-testid="conflict-changes">
              {state.conflict.changes.map((change) => (
                <li key={change.field}>
                  <span className="font-medium">{change.field}</span> : « {change.value} »
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * A field's error and the value to show: the user's last input if any, else the record's. Once a
 * form came back, a name it did not send is an unticked box or an empty choice, not "unchanged".
 * A field of a repeated row (`group[2].field`) is looked up in the echoed rows, and its error under
 * the path zod gives it (`group.2.field`).
 */
export function useField(name: string, initial?: unknown): { error?: string; value: unknown; state: FormState } {
  const state = use(FormStateContext);
  const values = state.values;
  const row = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(name);
  if (row) {
    const [, group, index, field] = row;
    const rows = values?.[group];
    const echoedRow = Array.isArray(rows) ? (rows[Number(index)] as Record<string, unknown> | undefined) : undefined;
    return { error: state.fieldErrors?.[`${group}.${index}.${field}`], value: echoedRow ? echoedRow[field] : initial, state };
  }
  return { error: state.fieldErrors?.[name], value: values ? values[name] : initial, state };
}

/** The version a conflict reported, so that saving again applies the user's changes on top. */
export function VersionField({ version }: { version: number }) {
  const state = use(FormStateContext);
  return <input type="hidden" name="version" value={state.conflict?.version ?? version} />;
}

/**
 * What a create-or-edit form takes: its action, the record with the version the page read when
 * editing (or the one-time submission id when creating), the values to start from, and its texts.
 */
export type RecordFormProps<Values, Texts> = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record?: { id: string; version: number };
  submissionId?: string;
  initial?: Partial<Values>;
  t: Texts;
};

/**
 * What a create-or-edit form sends to say which it is: the record's id under `idName` and its
 * version when editing, the one-time submission id when creating.
 */
export function RecordIdentityFields({ idName, record, submissionId }: { idName: string; record?: { id: string; version: number }; submissionId?: string }) {
  if (!record) return <input type="hidden" name="submissionId" value={submissionId} />;
  return (
    <>
      <input type="hidden" name={idName} value={record.id} />
      <VersionField version={record.version} />
    </>
  );
}
