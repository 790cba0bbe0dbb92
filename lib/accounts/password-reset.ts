// Password reset by e-mail: a one-time link valid one hour; only the token's hash is stored.
import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { accountKey } from "@/lib/auth/rate-limit";
import { createToken, hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record";
import { sendMail, type Mail } from "@/lib/mail/send";
import { passwordResetMail } from "@/lib/mail/templates";
import { storeNewPassword } from "./mutations";
import { passwordProblem, type AccountOutcome, type TResetPasswordInput } from "./schema";

export const PASSWORD_RESET_VALIDITY_MS = 60 * 60 * 1000;
// More requests than this in an hour send nothing more: no one can flood a mailbox through us.
export const MAX_RESETS_PER_HOUR = 3;

export const passwordResetLink = (token: string) => new URL(`/password/reset/${token}`, env().APP_URL).toString();

/**
 * Mails a reset link when the address belongs to an active account, and does nothing otherwise.
 * The caller gives the same answer either way; `deliver` lets it send after answering, so the
 * time taken does not tell either.
 */
export async function requestPasswordReset({
  email,
  deliver = async (mail) => void (await sendMail(mail)),
}: {
  email: string;
  deliver?: (mail: Mail) => Promise<void> | void;
}): Promise<void> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, locale: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) return;
  const now = Date.now();
  const recent = await db.passwordReset.count({ where: { userId: user.id, createdAt: { gt: new Date(now - 60 * 60 * 1000) } } });
  if (recent >= MAX_RESETS_PER_HOUR) return;
  const { token, tokenHash } = createToken();
  const expiresAt = new Date(now + PASSWORD_RESET_VALIDITY_MS);
  await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt }, select: { id: true } });
    await recordAudit(tx, { actorId: null, action: "request-password-reset", entityType: "User", entityId: user.id, changes: { passwordResetId: reset.id } });
  });
  await deliver(passwordResetMail({ to: user.email, locale: user.locale, name: user.name, link: passwordResetLink(token), expiresAt }));
}

/** Sets a new password through a reset link: the link is used up and every session of the account ends. */
export async function resetPassword({ data }: { data: Pick<TResetPasswordInput, "token" | "password"> }): Promise<AccountOutcome> {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashToken(data.token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, deactivatedAt: true } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date() || reset.user.deactivatedAt) return { ok: false, code: "LINK_INVALID" };
  const problem = passwordProblem(data.password, reset.user.email);
  if (problem) return { ok: false, code: "PASSWORD_WEAK", field: "password", problem };
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx): Promise<AccountOutcome> => {
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (count === 0) return { ok: false, code: "LINK_INVALID" };
    await storeNewPassword(tx, { userId: reset.user.id, passwordHash, actorId: reset.user.id, action: "reset-password" });
    // Whoever holds the mailbox has proved it: earlier failed sign-ins no longer lock the account.
    await tx.signInAttempt.deleteMany({ where: { key: accountKey(reset.user.email), succeeded: false } });
    return { ok: true };
  });
}
