import "server-only";
import { endAllSessions } from "@/lib/auth/sessions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { diffFields, recordAudit } from "@/lib/audit/record";
import {
  passwordProblem,
  type AccountOutcome,
  type TChangeOwnPasswordInput,
  type TCreateAccountInput,
  type TSetAccountActiveInput,
  type TUpdateAccountInput,
} from "./schema";

/**
 * Creates an account with a password. A coordinator may; so may the command line ("system"),
 * which is how the first coordinator of a deployment without demo data is made.
 */
export async function createAccount({ actor, data }: { actor: Actor | "system"; data: TCreateAccountInput }) {
  if (actor !== "system" && !can(actor, "manage:accounts")) throw new AppError("FORBIDDEN");
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "An account with this e-mail address already exists.");
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, organisationId: data.organisationId, passwordHash },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, {
      actorId: actor === "system" ? null : actor?.id ?? null,
      action: "create",
      entityType: "User",
      entityId: user.id,
      changes: { email: data.email, name: data.name, role: data.role, organisationId: data.organisationId },
    });
    return user;
  });
}

/** An update guarded by the version the editor read: 0 rows means someone saved first, or no such account. */
async function staleOrMissing(tx: Tx, userId: string): Promise<AccountOutcome> {
  const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
  return { ok: false, code: exists ? "CONFLICT" : "NOT_FOUND" };
}

/** A coordinator changes an account's role or organisation; it applies from the account's next request. */
export async function updateAccount({ actor, data }: { actor: Actor; data: TUpdateAccountInput }): Promise<AccountOutcome> {
  if (!actor || !can(actor, "manage:accounts")) return { ok: false, code: "FORBIDDEN" };
  // The last word on accounts must stay with someone: a coordinator never demotes themself.
  if (data.userId === actor.id && data.role !== "COORDINATOR") return { ok: false, code: "SELF_DEMOTION", field: "role" };
  return db.$transaction(async (tx): Promise<AccountOutcome> => {
    if (data.organisationId) {
      const organisation = await tx.organisation.findUnique({ where: { id: data.organisationId }, select: { id: true } });
      if (!organisation) return { ok: false, code: "ORGANISATION_UNKNOWN", field: "organisationId" };
    }
    const before = await tx.user.findUnique({ where: { id: data.userId }, select: { role: true, organisationId: true } });
    if (!before) return { ok: false, code: "NOT_FOUND" };
    const after = { role: data.role, organisationId: data.organisationId };
    const { count } = await tx.user.updateMany({
      where: { id: data.userId, version: data.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) return staleOrMissing(tx, data.userId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "User",
      entityId: data.userId,
      changes: diffFields(before, after) as never,
    });
    return { ok: true };
  });
}

/**
 * A coordinator deactivates an account (its sessions end at once, in the same transaction) or
 * reactivates it. Nothing is deleted: the account's history stays attributed.
 */
export async function setAccountActive({ actor, data }: { actor: Actor; data: TSetAccountActiveInput }): Promise<AccountOutcome> {
  if (!actor || !can(actor, "manage:accounts")) return { ok: false, code: "FORBIDDEN" };
  if (data.userId === actor.id && !data.active) return { ok: false, code: "SELF_DEACTIVATION" };
  return db.$transaction(async (tx): Promise<AccountOutcome> => {
    const { count } = await tx.user.updateMany({
      where: { id: data.userId, version: data.version },
      data: { deactivatedAt: data.active ? null : new Date(), version: { increment: 1 } },
    });
    if (count === 0) return staleOrMissing(tx, data.userId);
    if (!data.active) await endAllSessions(data.userId, tx);
    await recordAudit(tx, {
      actorId: actor.id,
      action: data.active ? "reactivate" : "deactivate",
      entityType: "User",
      entityId: data.userId,
    });
    return { ok: true };
  });
}

/** Sets a password and ends the account's sessions but the one named (the user's own, if any). */
export async function storeNewPassword(
  tx: Tx,
  { userId, passwordHash, keepSessionId, actorId, action }: { userId: string; passwordHash: string; keepSessionId?: string; actorId: string | null; action: string },
): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { passwordHash, version: { increment: 1 } } });
  if (keepSessionId) await tx.session.deleteMany({ where: { userId, id: { not: keepSessionId } } });
  else await endAllSessions(userId, tx);
  // Any other reset link still open for this account no longer works.
  await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await recordAudit(tx, { actorId, action, entityType: "User", entityId: userId });
}

/** A signed-in user changes their own password; their other sessions end, this one stays. */
export async function changeOwnPassword({
  actor,
  sessionId,
  data,
}: {
  actor: Actor;
  sessionId: string | null;
  data: TChangeOwnPasswordInput;
}): Promise<AccountOutcome> {
  if (!actor) return { ok: false, code: "FORBIDDEN" };
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, email: true } });
  if (!user || !(await verifyPassword(user.passwordHash, data.current))) return { ok: false, code: "PASSWORD_WRONG", field: "current" };
  const problem = passwordProblem(data.password, user.email);
  if (problem) return { ok: false, code: "PASSWORD_WEAK", field: "password", problem };
  const passwordHash = await hashPassword(data.password);
  await db.$transaction((tx) =>
    storeNewPassword(tx, { userId: actor.id, passwordHash, keepSessionId: sessionId ?? undefined, actorId: actor.id, action: "change-password" }),
  );
  return { ok: true };
}
