"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { forgotPasswordAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/accounts/form-state";
import { describe, FormMessage } from "./form-message";

export function ForgotPasswordForm({ t }: { t: { email: string; sendLink: string; sending: string } }) {
  const [state, formAction, pending] = useActionState(forgotPasswordAction, IDLE);
  const error = state.fieldErrors?.email;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4" aria-describedby={state.message ? "forgot-message" : undefined}>
      <FormMessage state={state} id="forgot-message" />
      <Field label={t.email} name="email" error={error}>
        <Input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} {...describe("email", error)} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t.sending : t.sendLink}
      </Button>
    </form>
  );
}
