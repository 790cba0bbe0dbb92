import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, test } from "vitest";
import { acceptInvitation, inviteAccount, revokeInvitation } from "@/lib/accounts/invitations";
import { findOpenInvitation, findPendingInvitations } from "@/lib/accounts/queries";
import { ZInviteSchema } from "@/lib/accounts/schema";
import { hashToken } from "@/lib/auth/tokens";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { findLink, readOutbox } from "@/lib/mail/outbox";
import { actorOf, freshEmail, makeOrganisation, makeUser, PASSWORD } from "./accounts-helpers";

let coordinator: Awaited<ReturnType<typeof makeUser>>;
let organisation: Awaited<ReturnType<typeof makeOrganisation>>;

beforeAll(async () => {
  organisation = await makeOrganisation();
  coordinator = await makeUser("COORDINATOR");
});

async function invite(email = freshEmail(), role: "MEMBER" | "OBSERVER" | "COORDINATOR" = "MEMBER", locale: "fr" | "en" = "fr") {
  const data = ZInviteSchema.parse({ email, name: "Awa Diallo", role, organisationId: organisation.id, locale });
  const result = await inviteAccount({ actor: actorOf(coordinator), data });
  if (!result.ok) throw new Error(`invitation refused: ${result.code}`);
  return { ...result, email, token: result.link.split("/invitation/")[1] };
}

const snapshot = async (email: string) => ({
  users: await db.user.count({ where: { email } }),
  invitations: await db.invitation.findMany({ where: { email }, select: { acceptedAt: true, revokedAt: true }, orderBy: { createdAt: "asc" } }),
});

describe("inviting someone", () => {
  test("the coordinator invites a member: the link is mailed in her language, only its hash is stored", async () => {
    const { email, token, link, mailed } = await invite(freshEmail(), "MEMBER", "en");
    expect(mailed).toBe(true);
    const stored = await db.invitation.findFirstOrThrow({ where: { email } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    const [mail] = await readOutbox(process.env.MAIL_DIR!, email);
    expect(mail).toBeDefined();
    expect(findLink(mail, "/invitation/")).toBe(link);
    expect(await readFile(mail.file, "utf8")).toMatch(/Hello Awa Diallo/);
    expect(await db.auditEntry.count({ where: { entityType: "Invitation", entityId: stored.id, action: "invite" } })).toBe(1);
  });

  test("invite, then accept: exactly one account, with the role and organisation chosen, and the invitation accepted", async () => {
    const { email, token } = await invite();
    expect(await findOpenInvitation(token)).toMatchObject({ email, role: "MEMBER", accountExists: false });
    const result = await acceptInvitation({ data: { token, password: PASSWORD }, locale: "en" });
    expect(result.ok).toBe(true);
    const users = await db.user.findMany({ where: { email }, select: { id: true, role: true, organisationId: true, locale: true, passwordHash: true } });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ role: "MEMBER", organisationId: organisation.id, locale: "en" });
    expect(await verifyPassword(users[0].passwordHash, PASSWORD)).toBe(true);
    const invitation = await db.invitation.findFirstOrThrow({ where: { email } });
    expect(invitation.acceptedAt).not.toBeNull();
    expect(await db.auditEntry.count({ where: { entityType: "User", entityId: users[0].id, action: "create" } })).toBe(1);
    expect(await findOpenInvitation(token)).toBeNull();
  });

  test("accepting the same link twice is refused and changes nothing", async () => {
    const { email, token } = await invite();
    expect((await acceptInvitation({ data: { token, password: PASSWORD }, locale: "fr" })).ok).toBe(true);
    const before = await snapshot(email);
    expect(await acceptInvitation({ data: { token, password: "another-good-password" }, locale: "fr" })).toEqual({ ok: false, code: "LINK_INVALID" });
    expect(await snapshot(email)).toEqual(before);
  });

  test("an expired link is refused and changes nothing", async () => {
    const { email, token } = await invite();
    await db.invitation.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await snapshot(email);
    expect(await acceptInvitation({ data: { token, password: PASSWORD }, locale: "fr" })).toEqual({ ok: false, code: "LINK_INVALID" });
    expect(await snapshot(email)).toEqual(before);
    expect(before.users).toBe(0);
  });

  test("a revoked link is refused and changes nothing; it leaves the pending list", async () => {
    const { email, token, invitationId } = await invite();
    expect((await findPendingInvitations(actorOf(coordinator)))!.map((i) => i.id)).toContain(invitationId);
    expect(await revokeInvitation({ actor: actorOf(coordinator), invitationId })).toEqual({ ok: true });
    expect((await findPendingInvitations(actorOf(coordinator)))!.map((i) => i.id)).not.toContain(invitationId);
    const before = await snapshot(email);
    expect(await acceptInvitation({ data: { token, password: PASSWORD }, locale: "fr" })).toEqual({ ok: false, code: "LINK_INVALID" });
    expect(await snapshot(email)).toEqual(before);
    expect(before.users).toBe(0);
  });

  test("an unknown token is refused", async () => {
    expect(await acceptInvitation({ data: { token: "not-a-token", password: PASSWORD }, locale: "fr" })).toEqual({ ok: false, code: "LINK_INVALID" });
  });

  test("inviting again replaces the earlier link", async () => {
    const email = freshEmail();
    const first = await invite(email);
    const second = await invite(email);
    expect(await acceptInvitation({ data: { token: first.token, password: PASSWORD }, locale: "fr" })).toEqual({ ok: false, code: "LINK_INVALID" });
    expect((await acceptInvitation({ data: { token: second.token, password: PASSWORD }, locale: "fr" })).ok).toBe(true);
  });

  test("a weak password is refused with its reason, and the link still works afterwards", async () => {
    const { email, token } = await invite();
    expect(await acceptInvitation({ data: { token, password: "short" }, locale: "fr" })).toMatchObject({ code: "PASSWORD_WEAK", field: "password", problem: "tooShort" });
    const local = email.split("@")[0];
    expect(await acceptInvitation({ data: { token, password: `${local}-2024` }, locale: "fr" })).toMatchObject({ problem: "containsEmail" });
    expect((await snapshot(email)).users).toBe(0);
    expect((await acceptInvitation({ data: { token, password: PASSWORD }, locale: "fr" })).ok).toBe(true);
  });

  test("an address that already has an account cannot be invited, nor an open link used for it", async () => {
    const existing = await makeUser("MEMBER", organisation.id);
    const data = ZInviteSchema.parse({ email: existing.email, name: "Again", role: "MEMBER", organisationId: organisation.id });
    expect(await inviteAccount({ actor: actorOf(coordinator), data })).toEqual({ ok: false, code: "EMAIL_TAKEN", field: "email" });
    // An invitation made before the account existed (e.g. created from the command line since).
    const { email, token } = await invite();
    await makeUser("MEMBER", organisation.id).then((u) => db.user.update({ where: { id: u.id }, data: { email } }));
    const before = await snapshot(email);
    expect(await acceptInvitation({ data: { token, password: PASSWORD }, locale: "fr" })).toEqual({ ok: false, code: "EMAIL_TAKEN" });
    expect(await snapshot(email)).toEqual(before);
  });

  test("a member or an observer cannot invite nor revoke, and nothing changes", async () => {
    const member = actorOf(await makeUser("MEMBER", organisation.id));
    const observer = actorOf(await makeUser("OBSERVER", organisation.id));
    const { invitationId } = await invite();
    const email = freshEmail("refused");
    const data = ZInviteSchema.parse({ email, name: "X", role: "COORDINATOR", organisationId: null });
    for (const actor of [member, observer, null]) {
      expect(await inviteAccount({ actor, data })).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await revokeInvitation({ actor, invitationId })).toEqual({ ok: false, code: "FORBIDDEN" });
      expect(await findPendingInvitations(actor)).toBeNull();
    }
    expect(await db.invitation.count({ where: { email } })).toBe(0);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeNull();
  });

  test("a member or observer invitation must name an organisation", () => {
    const result = ZInviteSchema.safeParse({ email: freshEmail(), name: "Sans asso", role: "OBSERVER", organisationId: "" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["organisationId"], message: "organisationRequired" });
    expect(ZInviteSchema.safeParse({ email: freshEmail(), name: "Coord", role: "COORDINATOR", organisationId: "" }).success).toBe(true);
  });
});
