import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountEditForm } from "@/components/accounts/account-edit-form";
import { ActionButton } from "@/components/accounts/action-button";
import { setAccountActiveAction } from "@/lib/accounts/actions";
import { findOrganisationChoices, getAccount } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth";
import { formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { SavedNotice } from "@/components/ui/saved-notice";

export const metadata: Metadata = { title: "Compte" };

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [{ userId }, { done }] = await Promise.all([params, searchParams]);
  const [account, organisations, { t, locale }] = await Promise.all([getAccount(user, userId), findOrganisationChoices(user), getMessages()]);
  if (!account || !organisations) notFound();
  const a = t.accounts;
  const self = account.id === user.id;
  const notice = done === "saved" ? a.saved : done === "deactivated" ? a.nowDeactivated : done === "reactivated" ? a.nowReactivated : null;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/accounts">{a.backToAccounts}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{interpolate(a.editTitle, { name: account.name })}</h1>
        <p className="mt-1 text-slate-700">
          {account.email} · {account.deactivatedAt ? interpolate(a.deactivatedOn, { date: formatDateTime(account.deactivatedAt, locale) }) : a.active}
        </p>
      </div>
      {notice && (
        <SavedNotice>
          {notice}
        </SavedNotice>
      )}
      {self && <p className="text-sm text-slate-700">{a.selfNote}</p>}
      {/* Keyed by version: after a save the form starts again from what is now stored. */}
      <AccountEditForm
        key={account.version}
        account={{ id: account.id, version: account.version, role: account.role, organisationId: account.organisation?.id ?? null }}
        organisations={organisations}
        t={{
          role: a.role,
          organisation: a.organisation,
          organisationHint: a.organisationHint,
          noOrganisation: a.noOrganisation,
          roles: t.common.roles,
          saveChanges: a.saveChanges,
        }}
      />
      {!self && (
        <section aria-labelledby="access-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-4">
          <h2 id="access-heading" className="text-lg font-semibold">
            {a.statusTitle}
          </h2>
          {!account.deactivatedAt && <p className="text-sm text-slate-700">{a.deactivateHint}</p>}
          <ActionButton
            key={account.version}
            id="access-message"
            action={setAccountActiveAction}
            fields={{ userId: account.id, version: String(account.version), active: account.deactivatedAt ? "true" : "false" }}
            label={account.deactivatedAt ? a.reactivate : a.deactivate}
            variant={account.deactivatedAt ? "primary" : "danger"}
          />
        </section>
      )}
    </div>
  );
}
