import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/auth";
import { pathOnThisSite } from "@/lib/http/path-on-this-site";
import { getMessages } from "@/lib/i18n/server";
import { SavedNotice } from "@/components/ui/saved-notice";

export const metadata: Metadata = { title: "Connexion" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = pathOnThisSite(typeof params.callbackUrl === "string" ? params.callbackUrl : "", "/dashboard");
  if (await getActor()) redirect(callbackUrl);
  const { t } = await getMessages();
  // Where the visitor comes from: a just-created account or a just-changed password.
  const notice = params.notice === "account-created" ? t.accounts.accountCreated : params.notice === "password-reset" ? t.accounts.passwordReset : null;
  return (
    <AuthShell title={t.auth.signInTitle}>
      {notice && (
        <SavedNotice>
          {notice}
        </SavedNotice>
      )}
      <SignInForm t={t.auth} callbackUrl={callbackUrl} />
      <p className="text-sm">
        <Link href="/password/forgot">{t.auth.forgotPassword}</Link>
      </p>
    </AuthShell>
  );
}
