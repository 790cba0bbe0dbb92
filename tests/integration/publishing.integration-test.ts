import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { newSubmissionId } from "@/lib/forms/submission";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { findPublicEntry } from "@/lib/public/queries";
import { setPublication } from "@/lib/publishing/mutations";
import type { PublishableKind } from "@/lib/publishing/schema";
import { ZCreateStatementSchema, ZUpdateStatementSchema } from "@/lib/statements/form-schema";
import { createStatement, updateStatement } from "@/lib/statements/mutations";

async function actor(role: "COORDINATOR" | "MEMBER" | "OBSERVER"): Promise<NonNullable<Actor>> {
  const email = `${role.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2)}@publishing.test`;
  const user = await db.user.create({ data: { email, name: role, role } });
  return { id: user.id, role, organisationId: null, name: user.name, email };
}

type Coordinator = NonNullable<Actor>;

async function publish(coordinator: Coordinator, kind: PublishableKind, id: string, version: number) {
  return setPublication({ actor: coordinator, data: { kind, id, version, intent: "publish" } });
}

async function withdraw(coordinator: Coordinator, kind: PublishableKind, id: string, version: number) {
  return setPublication({ actor: coordinator, data: { kind, id, version, intent: "withdraw" } });
}

/** The changes of the item's latest "withdraw" entry in the audit log. */
async function lastWithdrawal(entityType: string, entityId: string) {
  const entry = await db.auditEntry.findFirstOrThrow({ where: { entityType, entityId, action: "withdraw" }, orderBy: { id: "desc" } });
  return entry.changes;
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

  test("a withdrawn item returns to the visibility it had before it was published: coordination stays coordination", async () => {
    const coordinator = await actor("COORDINATOR");
    const meeting = await db.meeting.create({ data: { titleFr: "Stratégie", startsAt: new Date(), kind: "PREPARATORY", visibility: "COORDINATION" } });
    await publish(coordinator, "meeting", meeting.id, 1);
    const result = await withdraw(coordinator, "meeting", meeting.id, 2);
    expect(result.visibility).toBe("COORDINATION");
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ visibility: "COORDINATION", publishedAt: null, version: 3 });
    expect(await lastWithdrawal("Meeting", meeting.id)).toEqual({ visibility: ["PUBLIC", "COORDINATION"] });
  });

  test("a withdrawn item returns to the visibility it had before it was published: members stay members", async () => {
    const coordinator = await actor("COORDINATOR");
    const demand = await db.demand.create({ data: { titleFr: "Hébergement", raisedOn: new Date(), statusDate: new Date(), visibility: "MEMBERS" } });
    await publish(coordinator, "demand", demand.id, 1);
    await withdraw(coordinator, "demand", demand.id, 2);
    expect((await db.demand.findUniqueOrThrow({ where: { id: demand.id } })).visibility).toBe("MEMBERS");
    expect(await lastWithdrawal("Demand", demand.id)).toEqual({ visibility: ["PUBLIC", "MEMBERS"] });
  });

  test("a seeded public item, with no earlier visibility on record, is withdrawn to members", async () => {
    const coordinator = await actor("COORDINATOR");
    const seeded = await db.statement.findFirstOrThrow({ where: { titleEn: "The Collective petitions the Valls Government" } });
    expect(seeded.visibility).toBe("PUBLIC");
    try {
      await withdraw(coordinator, "statement", seeded.id, seeded.version);
      expect((await db.statement.findUniqueOrThrow({ where: { id: seeded.id } })).visibility).toBe("MEMBERS");
      expect(await lastWithdrawal("Statement", seeded.id)).toEqual({ visibility: ["PUBLIC", "MEMBERS"] });
    } finally {
      // The demo data stays as the other test files read it.
      await db.statement.update({ where: { id: seeded.id }, data: { visibility: "PUBLIC", publishedAt: seeded.publishedAt } });
    }
  });

  test("made public by its edit form, withdrawn from the publishing page: back to what the form had before; the latest publication counts", async () => {
    const coordinator = await actor("COORDINATOR");
    const form = (visibility: Visibility) => ({ date: "2018-02-21", datePrecision: "DAY", titleFr: "Loi asile", textFr: "Texte", visibility });
    const { id } = await createStatement({ actor: coordinator, data: ZCreateStatementSchema.parse({ ...form("COORDINATION"), submissionId: newSubmissionId() }) });
    await updateStatement({ actor: coordinator, data: ZUpdateStatementSchema.parse({ ...form("PUBLIC"), statementId: id, version: "1" }) });
    await withdraw(coordinator, "statement", id, 2);
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).visibility).toBe("COORDINATION");

    // Opened to members in the form, then published and withdrawn again: members, the level it left.
    await updateStatement({ actor: coordinator, data: ZUpdateStatementSchema.parse({ ...form("MEMBERS"), statementId: id, version: "3" }) });
    await publish(coordinator, "statement", id, 4);
    await withdraw(coordinator, "statement", id, 5);
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).visibility).toBe("MEMBERS");
  });

  test("created public in its form: nothing earlier on record, withdrawn to members", async () => {
    const coordinator = await actor("COORDINATOR");
    const data = ZCreateStatementSchema.parse({ date: "2018-02-21", datePrecision: "DAY", titleFr: "Loi asile", textFr: "Texte", visibility: "PUBLIC", submissionId: newSubmissionId() });
    const { id } = await createStatement({ actor: coordinator, data });
    await withdraw(coordinator, "statement", id, 1);
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).visibility).toBe("MEMBERS");
  });

  test("withdrawing what is not public, or publishing what already is, is a conflict and changes nothing", async () => {
    const coordinator = await actor("COORDINATOR");
    const internal = await db.letter.create({ data: { direction: "SENT", date: new Date(), subjectFr: "Courrier interne", visibility: "COORDINATION" } });
    expect(isAppError(await withdraw(coordinator, "letter", internal.id, 1).catch((e) => e), "CONFLICT")).toBe(true);
    const published = await db.letter.create({ data: { direction: "SENT", date: new Date(), subjectFr: "Courrier public", visibility: "PUBLIC", publishedAt: new Date(Date.UTC(2015, 0, 1)) } });
    expect(isAppError(await publish(coordinator, "letter", published.id, 1).catch((e) => e), "CONFLICT")).toBe(true);
    expect(await db.letter.findUniqueOrThrow({ where: { id: internal.id } })).toMatchObject({ visibility: "COORDINATION", version: 1 });
    expect(await db.letter.findUniqueOrThrow({ where: { id: published.id } })).toMatchObject({ visibility: "PUBLIC", version: 1, publishedAt: new Date(Date.UTC(2015, 0, 1)) });
    expect(await db.auditEntry.count({ where: { entityId: { in: [internal.id, published.id] } } })).toBe(0);
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
