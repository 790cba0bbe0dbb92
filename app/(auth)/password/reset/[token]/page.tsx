import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { NewPasswordForm } from "@/components/accounts/new-password-form";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { isPasswordResetOpen } from "@/lib/accounts/queries";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Nouveau mot de passe", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ t }, open] = await Promise.all([getMessages(), isPasswordResetOpen(token)]);
  const a = t.accounts;
  return (
    <AuthShell title={a.resetTitle}>
      {open ? (
        <NewPasswordForm
          action={resetPasswordAction}
          token={token}
          t={{ newPassword: a.newPassword, confirmation: a.confirmation, passwordHint: a.passwordHint, submit: a.resetSubmit, submitting: a.sending }}
        />
      ) : (
        <>
          <p role="alert" className="rounded-md border border-accent-600 bg-red-50 px-3 py-2 text-sm text-accent-600">
            {a.errors.LINK_INVALID}
          </p>
          <p className="text-sm">
            <Link href="/password/forgot">{a.requestNewLink}</Link>
          </p>
        </>
      )}
    </AuthShell>
  );
}
