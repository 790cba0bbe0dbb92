import { beforeAll, describe, expect, test } from "vitest";
import { changeOwnPassword, setAccountActive, updateAccount } from "@/lib/accounts/mutations";
import { findAccounts, getAccount } from "@/lib/accounts/queries";
import { ZSetAccountActiveSchema, ZUpdateAccountSchema } from "@/lib/accounts/schema";
import { findSessionActor } from "@/lib/auth/sessions";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { actorOf, makeOrganisation, makeUser, openSession, PASSWORD } from "./accounts-helpers";

let coordinator: Awaited<ReturnType<typeof makeUser>>;
let organisation: Awaited<ReturnType<typeof makeOrganisation>>;
let other: Awaited<ReturnType<typeof makeOrganisation>>;

beforeAll(async () => {
  [organisation, other] = await Promise.all([makeOrganisation("Alpha"), makeOrganisation("Beta")]);
  coordinator = await makeUser("COORDINATOR");
});

const row = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { role: true, organisationId: true, deactivatedAt: true, version: true } });

describe("administering accounts", () => {
  test("the coordinator lists the accounts with their last sign-in; no one else can", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const session = await openSession(member.id);
    const list = await findAccounts(actorOf(coordinator));
    const listed = list!.find((account) => account.id === member.id)!;
    expect(listed).toMatchObject({ email: member.email, role: "MEMBER", organisation: { id: organisation.id }, deactivatedAt: null });
    expect(listed.lastSignInAt).toEqual(session.createdAt);
    expect(await findAccounts(actorOf(member))).toBeNull();
    expect(await findAccounts(null)).toBeNull();
    expect(await getAccount(actorOf(member), member.id)).toBeNull();
  });

  test("the coordinator makes a member an observer of another organisation; it applies on the next request, with its audit entry", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const session = await openSession(member.id);
    const data = ZUpdateAccountSchema.parse({ userId: member.id, version: "1", role: "OBSERVER", organisationId: other.id });
    expect(await updateAccount({ actor: actorOf(coordinator), data })).toEqual({ ok: true });
    expect(await row(member.id)).toMatchObject({ role: "OBSERVER", organisationId: other.id, version: 2 });
    expect(await findSessionActor(session.id)).toMatchObject({ role: "OBSERVER", organisationId: other.id });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "User", entityId: member.id, action: "update" } });
    expect(audit.actorId).toBe(coordinator.id);
    expect(audit.changes).toEqual({ role: ["MEMBER", "OBSERVER"], organisationId: [organisation.id, other.id] });
  });

  test("a stale version is refused as a conflict and the first save stands", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const first = ZUpdateAccountSchema.parse({ userId: member.id, version: "1", role: "OBSERVER", organisationId: organisation.id });
    const second = ZUpdateAccountSchema.parse({ userId: member.id, version: "1", role: "MEMBER", organisationId: other.id });
    expect(await updateAccount({ actor: actorOf(coordinator), data: first })).toEqual({ ok: true });
    expect(await updateAccount({ actor: actorOf(coordinator), data: second })).toEqual({ ok: false, code: "CONFLICT" });
    expect(await row(member.id)).toMatchObject({ role: "OBSERVER", organisationId: organisation.id, version: 2 });
    const stale = ZSetAccountActiveSchema.parse({ userId: member.id, version: "1", active: "false" });
    expect(await setAccountActive({ actor: actorOf(coordinator), data: stale })).toEqual({ ok: false, code: "CONFLICT" });
    expect((await row(member.id)).deactivatedAt).toBeNull();
    expect(await db.auditEntry.count({ where: { entityId: member.id, action: { in: ["update", "deactivate"] } } })).toBe(1);
  });

  test("an unknown account or organisation is refused", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const ghost = ZUpdateAccountSchema.parse({ userId: "no-such-user", version: "1", role: "MEMBER", organisationId: organisation.id });
    expect(await updateAccount({ actor: actorOf(coordinator), data: ghost })).toEqual({ ok: false, code: "NOT_FOUND" });
    const lost = ZUpdateAccountSchema.parse({ userId: member.id, version: "1", role: "MEMBER", organisationId: "no-such-org" });
    expect(await updateAccount({ actor: actorOf(coordinator), data: lost })).toMatchObject({ ok: false, code: "ORGANISATION_UNKNOWN" });
    expect(await row(member.id)).toMatchObject({ version: 1, organisationId: organisation.id });
  });

  test("deactivation ends every session at once; reactivation lets the person back in", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const [a, b] = [await openSession(member.id), await openSession(member.id)];
    const off = ZSetAccountActiveSchema.parse({ userId: member.id, version: "1", active: "false" });
    expect(await setAccountActive({ actor: actorOf(coordinator), data: off })).toEqual({ ok: true });
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await findSessionActor(a.id)).toBeNull();
    expect(await findSessionActor(b.id)).toBeNull();
    expect((await row(member.id)).deactivatedAt).not.toBeNull();
    expect(await db.auditEntry.count({ where: { entityId: member.id, action: "deactivate", actorId: coordinator.id } })).toBe(1);

    const on = ZSetAccountActiveSchema.parse({ userId: member.id, version: "2", active: "true" });
    expect(await setAccountActive({ actor: actorOf(coordinator), data: on })).toEqual({ ok: true });
    expect(await row(member.id)).toMatchObject({ deactivatedAt: null, version: 3 });
    const c = await openSession(member.id);
    expect(await findSessionActor(c.id)).toMatchObject({ id: member.id });
  });

  test("a coordinator can neither deactivate nor demote themself", async () => {
    const me = await makeUser("COORDINATOR");
    const demote = ZUpdateAccountSchema.parse({ userId: me.id, version: "1", role: "MEMBER", organisationId: organisation.id });
    expect(await updateAccount({ actor: actorOf(me), data: demote })).toMatchObject({ ok: false, code: "SELF_DEMOTION" });
    const off = ZSetAccountActiveSchema.parse({ userId: me.id, version: "1", active: "false" });
    expect(await setAccountActive({ actor: actorOf(me), data: off })).toMatchObject({ ok: false, code: "SELF_DEACTIVATION" });
    expect(await row(me.id)).toMatchObject({ role: "COORDINATOR", deactivatedAt: null, version: 1 });
    // Changing their own organisation, staying coordinator, is fine.
    const move = ZUpdateAccountSchema.parse({ userId: me.id, version: "1", role: "COORDINATOR", organisationId: organisation.id });
    expect(await updateAccount({ actor: actorOf(me), data: move })).toEqual({ ok: true });
  });

  test("a member or an observer cannot change roles nor deactivate anyone, and nothing changes", async () => {
    const target = await makeUser("MEMBER", organisation.id);
    await openSession(target.id);
    for (const role of ["MEMBER", "OBSERVER"] as const) {
      const actor = actorOf(await makeUser(role, organisation.id));
      const promote = ZUpdateAccountSchema.parse({ userId: actor.id, version: "1", role: "COORDINATOR", organisationId: null });
      expect(await updateAccount({ actor, data: promote })).toEqual({ ok: false, code: "FORBIDDEN" });
      const off = ZSetAccountActiveSchema.parse({ userId: target.id, version: "1", active: "false" });
      expect(await setAccountActive({ actor, data: off })).toEqual({ ok: false, code: "FORBIDDEN" });
      expect((await row(actor.id)).role).toBe(role);
    }
    expect(await row(target.id)).toMatchObject({ deactivatedAt: null, version: 1 });
    expect(await db.session.count({ where: { userId: target.id } })).toBe(1);
  });
});

describe("changing one's own password", () => {
  test("with the current password: the new one works, other sessions end, this one stays", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const [mine, elsewhere] = [await openSession(member.id), await openSession(member.id)];
    const data = { current: PASSWORD, password: "a-brand-new-passphrase", confirmation: "a-brand-new-passphrase" };
    expect(await changeOwnPassword({ actor: actorOf(member), sessionId: mine.id, data })).toEqual({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash, "a-brand-new-passphrase")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(false);
    expect((await db.session.findMany({ where: { userId: member.id }, select: { id: true } })).map((s) => s.id)).toEqual([mine.id]);
    expect(elsewhere.id).not.toBe(mine.id);
  });

  test("a wrong current password or a weak new one changes nothing", async () => {
    const member = await makeUser("MEMBER", organisation.id);
    const session = await openSession(member.id);
    const before = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { passwordHash: true, version: true } });
    const wrong = { current: "not-the-password", password: "a-brand-new-passphrase", confirmation: "a-brand-new-passphrase" };
    expect(await changeOwnPassword({ actor: actorOf(member), sessionId: session.id, data: wrong })).toMatchObject({ code: "PASSWORD_WRONG", field: "current" });
    const weak = { current: PASSWORD, password: "motdepasse", confirmation: "motdepasse" };
    expect(await changeOwnPassword({ actor: actorOf(member), sessionId: session.id, data: weak })).toMatchObject({ code: "PASSWORD_WEAK", problem: "tooCommon" });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { passwordHash: true, version: true } })).toEqual(before);
  });
});
