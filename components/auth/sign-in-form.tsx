"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { AuthMessages } from "@/lib/i18n/messages/auth";

type Errors = { email?: string; password?: string; form?: string };

export function SignInForm({ t, callbackUrl }: { t: AuthMessages; callbackUrl: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing: Errors = {
      email: email ? undefined : t.emailRequired,
      password: password ? undefined : t.passwordRequired,
    };
    if (missing.email || missing.password) return setErrors(missing);
    setPending(true);
    setErrors({});
    const result = await signIn("credentials", { email, password, redirect: false }).catch(() => null);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    const form_ = result?.error === "RATE_LIMITED" ? t.limited : result?.error === "CredentialsSignin" ? t.invalid : t.unexpected;
    setErrors({ form: form_ });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-describedby={errors.form ? "sign-in-error" : undefined}>
      {errors.form && (
        <p id="sign-in-error" role="alert" className="rounded-md border border-accent-600 bg-red-50 px-3 py-2 text-sm text-accent-600">
          {errors.form}
        </p>
      )}
      <Field label={t.email} name="email" error={errors.email}>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
        />
      </Field>
      <Field label={t.password} name="password" error={errors.password}>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </Button>
    </form>
  );
}
