// The institution form's texts, from the user's messages (plain strings for the client form).
import { actionFormTexts } from "@/lib/forms/texts";
import type { Messages } from "@/lib/i18n/messages";
import type { InstitutionFormTexts } from "./institution-form";

export function institutionFormTexts(t: Messages, submit: string): InstitutionFormTexts {
  const f = t.institutionsForm;
  return {
    form: actionFormTexts(t, submit),
    fields: f.fields,
    hints: f.hints,
    kinds: Object.entries(t.institutions.kinds).map(([value, label]) => ({ value, label })),
    chooseKind: f.chooseKind,
    noSuccessor: f.noSuccessor,
  };
}
