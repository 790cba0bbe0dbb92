import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { findPublicEntry } from "@/lib/public/queries";
import { setPublication } from "@/lib/publishing/mutations";

async function actor(role: "COORDINATOR" | "MEMBER" | "OBSERVER"): Promise<NonNullable<Actor>> {
  const email = `${role.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2)}@publishing.test`;
  const user = await db.user.create({ data: { email, name: role, role } });
  return { id: user.id, role, organisationId: null, name: user.name, email };
}

describe("publishing to the public timeline", () => {
  test("a coordinator publishes a statement, then withdraws it; each step is audited", async () => {
    const coordinator = await actor("COORDINATOR");
    const statement = await db.statement.create({ data: { date: new Date(Date.UTC(2018, 1, 1)), titleFr: "Loi asile", textFr: "Texte" } });
    expect(await findPublicEntry("statement", statement.id)).toBeNull();

    const published = await setPublication({ actor: coordinator, data: { kind: "statement", id: statement.id, version: 1, intent: "publish" } });
    expect(published).toMatchObject({ visibility: "PUBLIC", version: 2 });
    expect((await db.statement.findUniqueOrThrow({ where: { id: statement.id } })).publishedAt).not.toBeNull();
    expect(await findPublicEntry("statement", statement.id)).not.toBeNull();

    await setPublication({ actor: coordinator, data: { kind: "statement", id: statement.id, version: 2, intent: "withdraw" } });
    const withdrawn = await db.statement.findUniqueOrThrow({ where: { id: statement.id } });
    expect(withdrawn).toMatchObject({ visibility: "MEMBERS", publishedAt: null, version: 3 });
    expect(await findPublicEntry("statement", statement.id)).toBeNull();

    const audit = await db.auditEntry.findMany({ where: { entityType: "Statement", entityId: statement.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["publish", "withdraw"]);
    expect(audit[0].actorId).toBe(coordinator.id);
  });

  test("a stale version is a conflict and changes nothing", async () => {
    const coordinator = await actor("COORDINATOR");
    const letter = await db.letter.create({ data: { direction: "SENT", date: new Date(), subjectFr: "Courrier", version: 4 } });
    const error = await setPublication({ actor: coordinator, data: { kind: "letter", id: letter.id, version: 3, intent: "publish" } }).catch((e) => e);
    expect(isAppError(error, "CONFLICT")).toBe(true);
    expect((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).visibility).toBe("MEMBERS");
    expect(await db.auditEntry.count({ where: { entityId: letter.id } })).toBe(0);
  });

  test("members, observers and anonymous visitors may not publish", async () => {
    const meeting = await db.meeting.create({ data: { titleFr: "Plénière", startsAt: new Date(), kind: "PLENARY" } });
    for (const who of [await actor("MEMBER"), await actor("OBSERVER"), null]) {
      const error = await setPublication({ actor: who, data: { kind: "meeting", id: meeting.id, version: 1, intent: "publish" } }).catch((e) => e);
      expect(isAppError(error, "FORBIDDEN")).toBe(true);
    }
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).visibility).toBe("MEMBERS");
  });

  test("an unknown item is not found", async () => {
    const error = await setPublication({ actor: await actor("COORDINATOR"), data: { kind: "demand", id: "cnotthere000000", version: 1, intent: "withdraw" } }).catch(
      (e) => e,
    );
    expect(isAppError(error, "NOT_FOUND")).toBe(true);
  });
});
