import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default async function ForgotPasswordPage() {
  const { t } = await getMessages();
  const a = t.accounts;
  return (
    <AuthShell title={a.forgotTitle}>
      <p className="text-slate-700">{a.forgotIntro}</p>
      <ForgotPasswordForm t={{ email: a.email, sendLink: a.sendLink, sending: a.sending }} />
      <p className="text-sm">
        <Link href="/login">{a.backToSignIn}</Link>
      </p>
    </AuthShell>
  );
}
