// Concurrent edits of one record: twenty people save the same organisation, all having read
// version 1. Exactly one save is applied; the nineteen others are told, with what it now holds.
import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";

/** An update as every edit form's mutation makes it: version-checked, audited, one transaction. */
function renameOrganisation(id: string, readVersion: number, name: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({ where: { id, version: readVersion }, data: { name, version: { increment: 1 } } });
    const current = count ? null : await tx.organisation.findUnique({ where: { id }, select: { version: true, name: true } });
    await assertUpdated(count, {
      entityType: "Organisation",
      entityId: id,
      current: current && { version: current.version, fields: { name: current.name } },
      submitted: { name },
      tx,
    });
    await recordAudit(tx, { actorId: null, action: "update", entityType: "Organisation", entityId: id, changes: { name } });
    return name;
  });
}

test("twenty concurrent saves of one version: one applied, nineteen told, the row holds the one", async () => {
  const organisation = await db.organisation.create({
    data: { name: "Avant", slug: `concurrent-${randomBytes(4).toString("hex")}` },
    select: { id: true, version: true },
  });
  const names = Array.from({ length: 20 }, (_, index) => `Nom ${index + 1}`);
  const outcomes = await Promise.allSettled(names.map((name) => renameOrganisation(organisation.id, organisation.version, name)));

  const applied = outcomes.filter((outcome) => outcome.status === "fulfilled").map((outcome) => (outcome as PromiseFulfilledResult<string>).value);
  const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected").map((outcome) => outcome.reason);
  expect(applied).toHaveLength(1);
  expect(refused).toHaveLength(19);
  for (const error of refused) {
    expect(isAppError(error, "CONFLICT")).toBe(true);
    // Each is told what the record now holds: the one save that was applied.
    expect(error.details.conflict).toMatchObject({ version: 2, changes: [{ field: "name", value: applied[0] }] });
  }

  const saved = await db.organisation.findUniqueOrThrow({ where: { id: organisation.id }, select: { name: true, version: true } });
  expect(saved).toEqual({ name: applied[0], version: 2 });
  expect(await db.auditEntry.count({ where: { entityType: "Organisation", entityId: organisation.id } })).toBe(1);
});
