// Invitations: a coordinator invites someone by e-mail; the invitee follows a one-time link, chooses
// a password and the account exists. Only the token's hash is stored.
import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { createToken, hashToken } from "@/lib/auth/tokens";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record";
import type { Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { invitationMail } from "@/lib/mail/templates";
import { passwordProblem, type AccountOutcome, type TAcceptInvitationInput, type TInviteInput } from "./schema";

export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

export const invitationLink = (token: string) => new URL(`/invitation/${token}`, env().APP_URL).toString();

/**
 * Creates an invitation (replacing any still-open one for the same address) and mails its link.
 * The link is returned too, for the coordinator to pass on if the mail goes astray.
 */
export async function inviteAccount({
  actor,
  data,
}: {
  actor: Actor;
  data: TInviteInput;
}): Promise<AccountOutcome<{ invitationId: string; link: string; mailed: boolean }>> {
  if (!actor || !can(actor, "manage:accounts")) return { ok: false, code: "FORBIDDEN" };
  const { token, tokenHash } = createToken();
  const organisationId = data.organisationId;
  const created = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      return { ok: false, code: "EMAIL_TAKEN", field: "email" } as const;
    }
    const organisation = organisationId
      ? await tx.organisation.findUnique({ where: { id: organisationId }, select: { name: true } })
      : null;
    if (organisationId && !organisation) return { ok: false, code: "ORGANISATION_UNKNOWN", field: "organisationId" } as const;
    const now = new Date();
    await tx.invitation.updateMany({
      where: { email: data.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.invitation.create({
      data: {
        email: data.email,
        name: data.name,
        role: data.role,
        organisationId,
        tokenHash,
        expiresAt: new Date(now.getTime() + INVITATION_VALIDITY_MS),
        invitedById: actor.id,
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invite",
      entityType: "Invitation",
      entityId: invitation.id,
      changes: { email: data.email, name: data.name, role: data.role, organisationId },
    });
    return { ok: true, invitation, organisationName: organisation?.name ?? null } as const;
  });
  if (!created.ok) return created;

  const link = invitationLink(token);
  let mailed = true;
  try {
    await sendMail(
      invitationMail({
        to: data.email,
        locale: data.locale,
        name: data.name,
        inviterName: actor.name,
        role: data.role,
        organisationName: created.organisationName,
        link,
        expiresAt: created.invitation.expiresAt,
      }),
    );
  } catch (error) {
    // The invitation stands; the coordinator is shown the link and told the mail did not leave.
    console.error(`The invitation mail to ${data.email} could not be sent: ${(error as Error).message}`);
    mailed = false;
  }
  return { ok: true, invitationId: created.invitation.id, link, mailed };
}

/** A coordinator withdraws an invitation that is still open. */
export async function revokeInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }): Promise<AccountOutcome> {
  if (!actor || !can(actor, "manage:accounts")) return { ok: false, code: "FORBIDDEN" };
  return db.$transaction(async (tx): Promise<AccountOutcome> => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return { ok: false, code: "NOT_FOUND" };
    await recordAudit(tx, { actorId: actor.id, action: "revoke", entityType: "Invitation", entityId: invitationId });
    return { ok: true };
  });
}

/**
 * The invitee chooses a password: the account is created and the invitation marked accepted, in
 * one transaction. An unknown, expired, accepted or revoked link changes nothing.
 */
export async function acceptInvitation({
  data,
  locale,
}: {
  data: Pick<TAcceptInvitationInput, "token" | "password">;
  locale: Locale;
}): Promise<AccountOutcome<{ userId: string; email: string }>> {
  const tokenHash = hashToken(data.token);
  const invitation = await db.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, email: true, acceptedAt: true, revokedAt: true, expiresAt: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) {
    return { ok: false, code: "LINK_INVALID" };
  }
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
    return { ok: false, code: "EMAIL_TAKEN" };
  }
  const problem = passwordProblem(data.password, invitation.email);
  if (problem) return { ok: false, code: "PASSWORD_WEAK", field: "password", problem };
  // Hashing is slow on purpose: done before the transaction, which then only writes.
  const passwordHash = await hashPassword(data.password);

  return db.$transaction(async (tx): Promise<AccountOutcome<{ userId: string; email: string }>> => {
    const now = new Date();
    // Claims the invitation; a second acceptance racing this one finds nothing left to claim.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (count === 0) return { ok: false, code: "LINK_INVALID" };
    const open = await tx.invitation.findUniqueOrThrow({
      where: { id: invitation.id },
      select: { email: true, name: true, role: true, organisationId: true, invitedById: true },
    });
    if (await tx.user.findUnique({ where: { email: open.email }, select: { id: true } })) {
      // Throwing rolls the claim back: the invitation stays as it was.
      throw new EmailTaken();
    }
    const user = await tx.user.create({
      data: { email: open.email, name: open.name, role: open.role, organisationId: open.organisationId, passwordHash, locale },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "create",
      entityType: "User",
      entityId: user.id,
      changes: { email: open.email, name: open.name, role: open.role, organisationId: open.organisationId, invitationId: invitation.id, invitedById: open.invitedById },
    });
    return { ok: true, userId: user.id, email: user.email };
  }).catch((error: unknown) => {
    if (error instanceof EmailTaken) return { ok: false, code: "EMAIL_TAKEN" } as const;
    throw error;
  });
}

class EmailTaken extends Error {}
