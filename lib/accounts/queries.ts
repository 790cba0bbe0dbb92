import "server-only";
import { hashToken } from "@/lib/auth/tokens";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type AccountRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisation: { id: string; name: string } | null;
  deactivatedAt: Date | null;
  lastSignInAt: Date | null;
  version: number;
};

/** Every account, for a coordinator; null for anyone else (the page then answers "not found"). */
export async function findAccounts(actor: Actor): Promise<AccountRow[] | null> {
  if (!can(actor, "manage:accounts")) return null;
  const [users, lastSessions] = await Promise.all([
    db.user.findMany({
      orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        deactivatedAt: true,
        version: true,
        organisation: { select: { id: true, name: true } },
      },
    }),
    // A session row is made at each sign-in; the newest one still kept tells the last sign-in.
    db.session.groupBy({ by: ["userId"], _max: { createdAt: true } }),
  ]);
  const lastSignIn = new Map(lastSessions.map((row) => [row.userId, row._max.createdAt]));
  return users.map((user) => ({ ...user, lastSignInAt: lastSignIn.get(user.id) ?? null }));
}

export async function getAccount(actor: Actor, userId: string): Promise<AccountRow | null> {
  if (!can(actor, "manage:accounts")) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      deactivatedAt: true,
      version: true,
      organisation: { select: { id: true, name: true } },
      sessions: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  if (!user) return null;
  const { sessions, ...rest } = user;
  return { ...rest, lastSignInAt: sessions[0]?.createdAt ?? null };
}

export type PendingInvitation = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisation: { name: string } | null;
  expiresAt: Date;
  invitedBy: { name: string } | null;
};

/** Invitations neither accepted, revoked nor expired, for a coordinator. */
export async function findPendingInvitations(actor: Actor): Promise<PendingInvitation[] | null> {
  if (!can(actor, "manage:accounts")) return null;
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      expiresAt: true,
      organisation: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
}

/** The organisations an account can belong to, for the coordinator's selects. */
export async function findOrganisationChoices(actor: Actor): Promise<{ id: string; name: string }[] | null> {
  if (!can(actor, "manage:accounts")) return null;
  return db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/**
 * What the holder of an invitation link may see: who is invited, as whom. Anyone with the link
 * may read this; an unknown, expired, accepted or revoked link reads as null.
 */
export async function findOpenInvitation(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      name: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organisation: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) return null;
  const accountExists = Boolean(await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }));
  return { email: invitation.email, name: invitation.name, role: invitation.role, organisation: invitation.organisation, accountExists };
}

/** Whether a password-reset link can still be used (unknown, used and expired links cannot). */
export async function isPasswordResetOpen(token: string): Promise<boolean> {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { deactivatedAt: true } } },
  });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > new Date() && !reset.user.deactivatedAt);
}
