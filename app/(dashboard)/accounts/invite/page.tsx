import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InviteForm } from "@/components/accounts/invite-form";
import { findOrganisationChoices } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Inviter" };

export default async function InvitePage() {
  const user = await requireUser();
  const [organisations, { t, locale }] = await Promise.all([findOrganisationChoices(user), getMessages()]);
  if (!organisations) notFound();
  const a = t.accounts;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/accounts">{a.backToAccounts}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{a.inviteTitle}</h1>
      <p className="text-slate-700">{a.inviteIntro}</p>
      <InviteForm
        organisations={organisations}
        locale={locale}
        t={{
          name: a.name,
          email: a.email,
          role: a.role,
          organisation: a.organisation,
          organisationHint: a.organisationHint,
          chooseOrganisation: a.chooseOrganisation,
          mailLanguage: a.mailLanguage,
          languages: a.languages,
          roles: t.common.roles,
          sendInvitation: a.sendInvitation,
          sending: a.sending,
          invitationLink: a.invitationLink,
        }}
      />
    </div>
  );
}
