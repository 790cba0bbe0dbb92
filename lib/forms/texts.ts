// The texts every ActionForm needs, from the user's messages: plain strings for a client component.
import type { ActionFormTexts } from "@/components/ui/action-form";
import type { Messages } from "@/lib/i18n/messages";

export function actionFormTexts(t: Messages, submit: string): ActionFormTexts {
  return { submit, pending: t.forms.saving, conflictBody: t.forms.conflictBody, conflictBy: t.forms.conflictSavedBy };
}
