import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { NewPasswordForm } from "@/components/accounts/new-password-form";
import { acceptInvitationAction } from "@/lib/accounts/actions";
import { findOpenInvitation } from "@/lib/accounts/queries";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ t }, invitation] = await Promise.all([getMessages(), findOpenInvitation(token)]);
  const a = t.accounts;
  if (!invitation || invitation.accountExists) {
    return (
      <AuthShell title={a.acceptTitle}>
        <p role="alert" className="rounded-md border border-accent-600 bg-red-50 px-3 py-2 text-sm text-accent-600">
          {invitation ? a.errors.EMAIL_TAKEN_ACCEPT : a.errors.LINK_INVALID}
        </p>
        <p className="text-sm">
          <Link href="/login">{a.backToSignIn}</Link>
        </p>
      </AuthShell>
    );
  }
  const organisation = invitation.organisation ? interpolate(a.acceptOrganisation, { organisation: invitation.organisation.name }) : "";
  return (
    <AuthShell title={a.acceptTitle}>
      <p className="text-slate-700">
        {interpolate(a.acceptIntro, {
          name: invitation.name,
          role: a.roleAs[invitation.role],
          organisation,
          email: invitation.email,
        })}
      </p>
      <NewPasswordForm
        action={acceptInvitationAction}
        token={token}
        t={{ newPassword: a.password, confirmation: a.confirmation, passwordHint: a.passwordHint, submit: a.createAccount, submitting: a.creating }}
      />
    </AuthShell>
  );
}
