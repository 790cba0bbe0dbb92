"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { changeOwnPasswordAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/accounts/form-state";
import { describe, FormMessage } from "./form-message";
import { NewPasswordFields } from "./password-fields";

export function ChangePasswordForm({
  t,
}: {
  t: { currentPassword: string; newPassword: string; confirmation: string; passwordHint: string; changeSubmit: string; sending: string };
}) {
  const [state, formAction, pending] = useActionState(changeOwnPasswordAction, IDLE);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4" aria-describedby={state.message ? "change-password-message" : undefined}>
      <FormMessage state={state} id="change-password-message" />
      <Field label={t.currentPassword} name="current" error={errors?.current}>
        <Input id="current" name="current" type="password" autoComplete="current-password" required {...describe("current", errors?.current)} />
      </Field>
      <NewPasswordFields t={t} errors={errors} />
      <Button type="submit" disabled={pending}>
        {pending ? t.sending : t.changeSubmit}
      </Button>
    </form>
  );
}
