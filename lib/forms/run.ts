// The body of every form's server action: parse the submitted form with the schema the form
// itself uses, run one mutation, and turn expected failures into a FormState in the user's
// language with their input kept. The caller revalidates and redirects on success.
import "server-only";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/server";
import { echoValues, formDataToObject } from "./form-data";
import { fieldErrorsFrom, type FormState } from "./state";

type Outcome<T> = { ok: true; value: T } | { ok: false; state: FormState };

export async function runForm<S extends z.ZodType, T>(
  formData: FormData,
  schema: S,
  mutate: (data: z.output<S>) => Promise<T>,
  /** The domain's own message keys (e.g. t.meetings.errors), looked up before the common ones. */
  domainErrors: Record<string, string> = {},
): Promise<Outcome<T>> {
  const { t } = await getMessages();
  const dictionary: Record<string, string> = { ...t.forms.errors, ...domainErrors };
  const input = formDataToObject(formData);
  const values = echoValues(input);
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error, dictionary);
    return { ok: false, state: { status: "error", values, fieldErrors, formError: fieldErrors._form ?? t.forms.formHasErrors } };
  }
  try {
    return { ok: true, value: await mutate(parsed.data) };
  } catch (error) {
    if (isAppError(error, "VALIDATION") && error.details.fields) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.details.fields).map(([field, key]) => [field, dictionary[key] ?? dictionary.invalid]),
      );
      return { ok: false, state: { status: "error", values, fieldErrors, formError: t.forms.formHasErrors } };
    }
    if (isAppError(error, "CONFLICT") && error.details.conflict) {
      return { ok: false, state: { status: "conflict", values, conflict: error.details.conflict, formError: t.forms.conflictTitle } };
    }
    // A refusal may say why, by a key of the domain's messages (e.g. who may change an action).
    if (isAppError(error, "FORBIDDEN")) return { ok: false, state: { status: "error", values, formError: dictionary[error.message] ?? t.forms.forbidden } };
    if (isAppError(error, "NOT_FOUND")) return { ok: false, state: { status: "error", values, formError: t.forms.errors.notFound } };
    if (isAppError(error)) return { ok: false, state: { status: "error", values, formError: t.forms.unexpected } };
    // Unexpected: logged for the operators; the user keeps their input and a plain sentence.
    console.error(error);
    return { ok: false, state: { status: "error", values, formError: t.forms.unexpected } };
  }
}
