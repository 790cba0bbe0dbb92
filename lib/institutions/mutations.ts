// Writing institutions: each user action is one transaction with its audit entry.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { presentForConflict, type ConflictTexts } from "@/lib/forms/conflict-texts";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import type { InstitutionFields, TCreateInstitutionInput, TUpdateInstitutionInput } from "./schema";

const ENTITY = "Institution";

const editableSelect = {
  name: true,
  nameEn: true,
  acronym: true,
  kind: true,
  address: true,
  website: true,
  endedOn: true,
  successorId: true,
} as const;

function fieldsOf(data: TCreateInstitutionInput | TUpdateInstitutionInput): InstitutionFields {
  const { name, nameEn, acronym, kind, address, website, endedOn, successorId } = data;
  return { name, nameEn, acronym, kind, address, website, endedOn, successorId };
}

/** Longer than any real chain of renamed ministries; stops a walk on data already corrupt. */
const MAX_CHAIN = 200;

/**
 * Refuses a successor that does not exist, is the institution itself, or already follows it down
 * the chain of successors (which would make the chain a loop).
 */
async function assertSuccessorAllowed(tx: Tx, institutionId: string | null, successorId: string | null): Promise<void> {
  if (!successorId) return;
  if (successorId === institutionId) throw new AppError("VALIDATION", "successorSelf", { fields: { successorId: "successorSelf" } });
  let current: string | null = successorId;
  const seen = new Set<string>();
  for (let step = 0; current && step < MAX_CHAIN; step++) {
    if (institutionId && current === institutionId) {
      throw new AppError("VALIDATION", "successorCycle", { fields: { successorId: "successorCycle" } });
    }
    if (seen.has(current)) break;
    seen.add(current);
    const row: { successorId: string | null } | null = await tx.institution.findUnique({ where: { id: current }, select: { successorId: true } });
    if (!row) {
      if (current === successorId) throw new AppError("VALIDATION", "successorUnknown", { fields: { successorId: "successorUnknown" } });
      break;
    }
    current = row.successorId;
  }
}

async function successorNames(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = ids.filter((value): value is string => Boolean(value));
  const rows = await tx.institution.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function createInstitution({ actor, data }: { actor: Actor; data: TCreateInstitutionInput }): Promise<{ id: string; repeated: boolean }> {
  if (!actor || !can(actor, "manage:institutions")) throw new AppError("FORBIDDEN");
  const fields = fieldsOf(data);
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      await assertSuccessorAllowed(tx, null, fields.successorId);
      const { id } = await tx.institution.create({ data: fields, select: { id: true } });
      await recordSubmission(tx, data.submissionId, ENTITY, id);
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: ENTITY, entityId: id, changes: fields as never });
      return id;
    }),
  );
}

export async function updateInstitution({
  actor,
  data,
  texts,
}: {
  actor: Actor;
  data: TUpdateInstitutionInput;
  texts?: ConflictTexts;
}): Promise<void> {
  if (!actor || !can(actor, "manage:institutions")) throw new AppError("FORBIDDEN");
  const after = fieldsOf(data);
  await db.$transaction(async (tx) => {
    const before = await tx.institution.findUnique({ where: { id: data.institutionId }, select: editableSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await assertSuccessorAllowed(tx, data.institutionId, after.successorId);
    const { count } = await tx.institution.updateMany({
      where: { id: data.institutionId, version: data.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.institution.findUnique({ where: { id: data.institutionId }, select: { ...editableSelect, version: true } });
      // The successor is shown by its name on both sides, as the form shows it.
      const names = await successorNames(tx, [current?.successorId, after.successorId]);
      const readable = (fields: InstitutionFields) =>
        presentForConflict({ ...fields, successorId: fields.successorId ? (names.get(fields.successorId) ?? "") : null }, texts);
      await assertUpdated(0, {
        entityType: ENTITY,
        entityId: data.institutionId,
        current: current && { version: current.version, fields: readable(current) },
        submitted: readable(after),
        labels: texts?.labels,
        tx,
      });
    }
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: ENTITY, entityId: data.institutionId, changes: diffFields(before, after) as never });
  });
}
