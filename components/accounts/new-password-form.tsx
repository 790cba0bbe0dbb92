"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE, type FormState } from "@/lib/accounts/form-state";
import { FormMessage } from "./form-message";
import { NewPasswordFields } from "./password-fields";

/** Chooses a password through a one-time link: accepting an invitation, or resetting. */
export function NewPasswordForm({
  action,
  token,
  t,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  token: string;
  t: { newPassword: string; confirmation: string; passwordHint: string; submit: string; submitting: string };
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4" aria-describedby={state.message ? "new-password-message" : undefined}>
      <FormMessage state={state} id="new-password-message" />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields t={t} errors={state.fieldErrors} />
      <Button type="submit" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </Button>
    </form>
  );
}
