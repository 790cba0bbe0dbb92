import { beforeAll, describe, expect, test } from "vitest";
import { MAX_RESETS_PER_HOUR, requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { isPasswordResetOpen } from "@/lib/accounts/queries";
import { isSignInLimited, MAX_FAILURES_PER_ACCOUNT, recordSignInAttempt } from "@/lib/auth/rate-limit";
import { findSessionActor } from "@/lib/auth/sessions";
import { hashToken } from "@/lib/auth/tokens";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Mail } from "@/lib/mail/send";
import { findLink, readOutbox } from "@/lib/mail/outbox";
import { makeOrganisation, makeUser, openSession, PASSWORD } from "./accounts-helpers";

let organisation: Awaited<ReturnType<typeof makeOrganisation>>;
beforeAll(async () => {
  organisation = await makeOrganisation();
});

/** Asks for a reset and catches the mail instead of sending it. */
async function requestLink(email: string): Promise<string | null> {
  const mails: Mail[] = [];
  await requestPasswordReset({ email, deliver: (mail) => void mails.push(mail) });
  const link = mails[0]?.text.match(/\/password\/reset\/([A-Za-z0-9_-]+)/)?.[1];
  return link ?? null;
}

describe("resetting a forgotten password", () => {
  test("an active account gets a one-hour link by mail; the database keeps only its hash", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    await requestPasswordReset({ email: member.email });
    const [mail] = await readOutbox(process.env.MAIL_DIR!, member.email);
    const link = findLink(mail, "/password/reset/");
    expect(link).toBeTruthy();
    expect(mail.raw).toMatch(/Content-Language: fr/);
    const token = link!.split("/password/reset/")[1];
    const reset = await db.passwordReset.findFirstOrThrow({ where: { userId: member.id } });
    expect(reset.tokenHash).toBe(hashToken(token));
    const validity = reset.expiresAt.getTime() - reset.createdAt.getTime();
    expect(validity).toBeGreaterThan(59 * 60 * 1000);
    expect(validity).toBeLessThanOrEqual(60 * 60 * 1000 + 1000);
  });

  test("an unknown or deactivated address gets nothing, and nothing is stored", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    await db.user.update({ where: { id: member.id }, data: { deactivatedAt: new Date() } });
    expect(await requestLink("nobody-at-all@example.org")).toBeNull();
    expect(await requestLink(member.email)).toBeNull();
    expect(await db.passwordReset.count({ where: { userId: member.id } })).toBe(0);
  });

  test("the reset sets the new password, uses the link up and ends every session", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const sessions = [await openSession(member.id), await openSession(member.id)];
    const token = (await requestLink(member.email))!;
    expect(await isPasswordResetOpen(token)).toBe(true);
    expect(await resetPassword({ data: { token, password: "a-new-and-long-passphrase" } })).toEqual({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(false);
    expect(await verifyPassword(stored.passwordHash, "a-new-and-long-passphrase")).toBe(true);
    for (const session of sessions) expect(await findSessionActor(session.id)).toBeNull();
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await isPasswordResetOpen(token)).toBe(false);
    // Used once: the same link cannot set another password.
    expect(await resetPassword({ data: { token, password: "yet-another-passphrase" } })).toEqual({ ok: false, code: "LINK_INVALID" });
    expect(await db.auditEntry.count({ where: { entityId: member.id, action: "reset-password" } })).toBe(1);
  });

  test("a reset lifts the lock left by failed sign-ins", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordSignInAttempt(member.email, "192.0.2.44", false);
    expect(await isSignInLimited(member.email, "192.0.2.45")).toBe(true);
    const token = (await requestLink(member.email))!;
    expect(await resetPassword({ data: { token, password: "a-new-and-long-passphrase" } })).toEqual({ ok: true });
    expect(await isSignInLimited(member.email, "192.0.2.45")).toBe(false);
  });

  test("an expired link is refused and the password stays", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const token = (await requestLink(member.email))!;
    await db.passwordReset.updateMany({ where: { userId: member.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPassword({ data: { token, password: "a-new-and-long-passphrase" } })).toEqual({ ok: false, code: "LINK_INVALID" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(true);
  });

  test("a weak password is refused and the link stays usable", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const token = (await requestLink(member.email))!;
    expect(await resetPassword({ data: { token, password: "aaaaaaaaaaaa" } })).toMatchObject({ code: "PASSWORD_WEAK", problem: "tooCommon" });
    expect(await isPasswordResetOpen(token)).toBe(true);
  });

  test("a newer link leaves older ones usable until one is used, then none is", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const first = (await requestLink(member.email))!;
    const second = (await requestLink(member.email))!;
    expect(await resetPassword({ data: { token: second, password: "a-new-and-long-passphrase" } })).toEqual({ ok: true });
    expect(await resetPassword({ data: { token: first, password: "another-long-passphrase" } })).toEqual({ ok: false, code: "LINK_INVALID" });
  });

  test(`no more than ${MAX_RESETS_PER_HOUR} links an hour are sent to one account`, async () => {
    const member = await makeUser("MEMBER", organisation.id);
    for (let i = 0; i < MAX_RESETS_PER_HOUR; i++) expect(await requestLink(member.email)).not.toBeNull();
    expect(await requestLink(member.email)).toBeNull();
  });
});
