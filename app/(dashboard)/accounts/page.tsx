import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/accounts/action-button";
import { revokeInvitationAction } from "@/lib/accounts/actions";
import { findAccounts, findPendingInvitations } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { SavedNotice } from "@/components/ui/saved-notice";

export const metadata: Metadata = { title: "Comptes" };

const th = "px-3 py-2 text-left font-medium text-slate-700";
const td = "px-3 py-2 align-top";

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const [accounts, invitations, { t, locale }] = await Promise.all([findAccounts(user), findPendingInvitations(user), getMessages()]);
  // Not a coordinator: the page does not exist for them.
  if (!accounts || !invitations) notFound();
  const a = t.accounts;
  const { done } = await searchParams;
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{a.title}</h1>
          <p className="mt-1 text-slate-700">{a.intro}</p>
        </div>
        <Link href="/accounts/invite" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 hover:no-underline">
          {a.invite}
        </Link>
      </div>

      {done === "revoked" && (
        <SavedNotice>
          {a.revoked}
        </SavedNotice>
      )}

      <section aria-labelledby="accounts-heading" className="overflow-x-auto">
        <h2 id="accounts-heading" className="sr-only">
          {a.title}
        </h2>
        {accounts.length === 0 ? (
          <p>{a.noAccounts}</p>
        ) : (
          <table className="min-w-full border-collapse text-sm">
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className={th}>{a.columns.name}</th>
                <th scope="col" className={th}>{a.columns.email}</th>
                <th scope="col" className={th}>{a.columns.role}</th>
                <th scope="col" className={th}>{a.columns.organisation}</th>
                <th scope="col" className={th}>{a.columns.status}</th>
                <th scope="col" className={th}>{a.columns.lastSignIn}</th>
                <th scope="col" className={th}>
                  <span className="sr-only">{a.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} className="border-b border-slate-200">
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {account.name} {account.id === user.id && <span className="font-normal text-slate-600">{a.you}</span>}
                  </th>
                  <td className={td}>{account.email}</td>
                  <td className={td}>{t.common.roles[account.role]}</td>
                  <td className={td}>{account.organisation?.name ?? t.common.none}</td>
                  <td className={td}>{account.deactivatedAt ? <span className="text-accent-600">{a.deactivated}</span> : a.active}</td>
                  <td className={td}>{account.lastSignInAt ? formatDateTime(account.lastSignInAt, locale) : t.common.none}</td>
                  <td className={td}>
                    <Link href={`/accounts/${account.id}`} aria-label={interpolate(a.editLabel, { name: account.name })}>
                      {a.edit}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="invitations-heading" className="flex flex-col gap-3">
        <h2 id="invitations-heading" className="text-xl font-semibold">
          {a.pendingTitle}
        </h2>
        {invitations.length === 0 ? (
          <p className="text-slate-700">{a.noPending}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-slate-200 p-3">
                <div className="text-sm">
                  <p className="font-medium">
                    {invitation.name} · {invitation.email}
                  </p>
                  <p className="text-slate-700">
                    {t.common.roles[invitation.role]}
                    {invitation.organisation && ` · ${invitation.organisation.name}`} · {a.columns.expires} {formatDate(invitation.expiresAt, locale)}
                    {invitation.invitedBy && ` · ${a.columns.invitedBy} ${invitation.invitedBy.name}`}
                  </p>
                </div>
                <ActionButton
                  id={`revoke-${invitation.id}`}
                  action={revokeInvitationAction}
                  fields={{ invitationId: invitation.id }}
                  label={a.revoke}
                  ariaLabel={interpolate(a.revokeLabel, { name: invitation.name })}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
