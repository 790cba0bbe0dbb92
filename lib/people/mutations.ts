// Writing people and their positions. History is kept: a change of job ends one position and
// starts the next; a correction edits a position in place and says so in the audit log.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { presentForConflict, type ConflictTexts } from "@/lib/forms/conflict-texts";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import { assertNoOverlappingPosition, assertPositionCoversItsUses } from "./positions-rules";
import type {
  TCreatePersonInput,
  TCreatePositionInput,
  TEndAndStartPositionInput,
  TUpdatePersonInput,
  TUpdatePositionInput,
} from "./schema";

const PERSON = "Person";
const POSITION = "Position";

function assertManager(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor || !can(actor, "manage:people")) throw new AppError("FORBIDDEN");
}

async function assertOrganisationExists(tx: Tx, organisationId: string | null, field: string) {
  if (!organisationId) return;
  const found = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  if (!found) throw new AppError("VALIDATION", "organisationUnknown", { fields: { [field]: "organisationUnknown" } });
}

async function assertInstitutionExists(tx: Tx, institutionId: string, field: string) {
  const found = await tx.institution.findUnique({ where: { id: institutionId }, select: { id: true } });
  if (!found) throw new AppError("VALIDATION", "institutionUnknown", { fields: { [field]: "institutionUnknown" } });
}

/** Names instead of ids in a conflict, as the form shows them. */
async function readableReferences(tx: Tx, fields: Record<string, unknown>, texts?: ConflictTexts) {
  const shown = { ...fields };
  if (typeof fields.organisationId === "string") {
    shown.organisationId = (await tx.organisation.findUnique({ where: { id: fields.organisationId }, select: { name: true } }))?.name ?? "";
  }
  if (typeof fields.institutionId === "string") {
    shown.institutionId = (await tx.institution.findUnique({ where: { id: fields.institutionId }, select: { name: true } }))?.name ?? "";
  }
  return presentForConflict(shown, texts);
}

// ─── People ──────────────────────────────────────────────────────────────────

export async function createPerson({ actor, data }: { actor: Actor; data: TCreatePersonInput }): Promise<{ id: string; repeated: boolean }> {
  assertManager(actor);
  const person = { firstName: data.firstName, lastName: data.lastName, organisationId: data.organisationId, notes: data.notes };
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      await assertOrganisationExists(tx, person.organisationId, "organisationId");
      const { id } = await tx.person.create({ data: person, select: { id: true } });
      await recordSubmission(tx, data.submissionId, PERSON, id);
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: PERSON, entityId: id, changes: person });
      if (data.positionTitle && data.positionInstitutionId) {
        await assertInstitutionExists(tx, data.positionInstitutionId, "positionInstitutionId");
        const position = {
          personId: id,
          title: data.positionTitle,
          titleEn: data.positionTitleEn,
          institutionId: data.positionInstitutionId,
          startDate: data.positionStartDate,
          endDate: data.positionEndDate,
        };
        const created = await tx.position.create({ data: position, select: { id: true } });
        await recordAudit(tx, { actorId: actor.id, action: "create", entityType: POSITION, entityId: created.id, changes: position as never });
      }
      return id;
    }),
  );
}

const personSelect = { firstName: true, lastName: true, organisationId: true, notes: true } as const;

export async function updatePerson({ actor, data, texts }: { actor: Actor; data: TUpdatePersonInput; texts?: ConflictTexts }): Promise<void> {
  assertManager(actor);
  const after = { firstName: data.firstName, lastName: data.lastName, organisationId: data.organisationId, notes: data.notes };
  await db.$transaction(async (tx) => {
    const before = await tx.person.findUnique({ where: { id: data.personId }, select: personSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await assertOrganisationExists(tx, after.organisationId, "organisationId");
    const { count } = await tx.person.updateMany({ where: { id: data.personId, version: data.version }, data: { ...after, version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.person.findUnique({ where: { id: data.personId }, select: { ...personSelect, version: true } });
      await assertUpdated(0, {
        entityType: PERSON,
        entityId: data.personId,
        current: current && { version: current.version, fields: await readableReferences(tx, current, texts) },
        submitted: await readableReferences(tx, after, texts),
        labels: texts?.labels,
        tx,
      });
    }
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: PERSON, entityId: data.personId, changes: diffFields(before, after) as never });
  });
}

// ─── Positions ───────────────────────────────────────────────────────────────

export async function createPosition({ actor, data }: { actor: Actor; data: TCreatePositionInput }): Promise<{ id: string; repeated: boolean }> {
  assertManager(actor);
  const position = {
    personId: data.personId,
    title: data.title,
    titleEn: data.titleEn,
    institutionId: data.institutionId,
    startDate: data.startDate,
    endDate: data.endDate,
  };
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      const person = await tx.person.findUnique({ where: { id: data.personId }, select: { id: true } });
      if (!person) throw new AppError("NOT_FOUND");
      await assertInstitutionExists(tx, position.institutionId, "institutionId");
      await assertNoOverlappingPosition(tx, position, "startDate");
      const { id } = await tx.position.create({ data: position, select: { id: true } });
      await recordSubmission(tx, data.submissionId, POSITION, id);
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: POSITION, entityId: id, changes: position as never });
      return id;
    }),
  );
}

const positionSelect = { title: true, titleEn: true, institutionId: true, startDate: true, endDate: true } as const;

/** Corrects a position as recorded (a misspelt title, a wrong date): returns the person's id. */
export async function updatePosition({ actor, data, texts }: { actor: Actor; data: TUpdatePositionInput; texts?: ConflictTexts }): Promise<string> {
  assertManager(actor);
  const after = { title: data.title, titleEn: data.titleEn, institutionId: data.institutionId, startDate: data.startDate, endDate: data.endDate };
  return db.$transaction(async (tx) => {
    const before = await tx.position.findUnique({ where: { id: data.positionId }, select: { ...positionSelect, personId: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const { personId, ...beforeFields } = before;
    await assertInstitutionExists(tx, after.institutionId, "institutionId");
    await assertNoOverlappingPosition(tx, { ...after, personId, excludeId: data.positionId }, "startDate");
    await assertPositionCoversItsUses(tx, data.positionId, after, "endDate");
    const { count } = await tx.position.updateMany({ where: { id: data.positionId, version: data.version }, data: { ...after, version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.position.findUnique({ where: { id: data.positionId }, select: { ...positionSelect, version: true } });
      await assertUpdated(0, {
        entityType: POSITION,
        entityId: data.positionId,
        current: current && { version: current.version, fields: await readableReferences(tx, current, texts) },
        submitted: await readableReferences(tx, after, texts),
        labels: texts?.labels,
        tx,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: POSITION,
      entityId: data.positionId,
      changes: { personId, ...diffFields(beforeFields, after) } as never,
    });
    return personId;
  });
}

/**
 * A change of job, without rewriting history: the position ends on the change date and the next
 * one starts that day, in one transaction. Meetings keep pointing at the position held then.
 */
export async function endPositionAndStartNext({
  actor,
  data,
  texts,
}: {
  actor: Actor;
  data: TEndAndStartPositionInput;
  texts?: ConflictTexts;
}): Promise<{ personId: string; newPositionId: string }> {
  assertManager(actor);
  return db.$transaction(async (tx) => {
    const old = await tx.position.findUnique({ where: { id: data.positionId }, select: { ...positionSelect, personId: true } });
    if (!old) throw new AppError("NOT_FOUND");
    if (old.endDate) throw new AppError("VALIDATION", "positionAlreadyEnded", { fields: { changeDate: "positionAlreadyEnded" } });
    if (old.startDate && data.changeDate < old.startDate) {
      throw new AppError("VALIDATION", "changeBeforeStart", { fields: { changeDate: "changeBeforeStart" } });
    }
    await assertPositionCoversItsUses(tx, data.positionId, { startDate: old.startDate, endDate: data.changeDate }, "changeDate");
    const { count } = await tx.position.updateMany({
      where: { id: data.positionId, version: data.version },
      data: { endDate: data.changeDate, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.position.findUnique({ where: { id: data.positionId }, select: { ...positionSelect, version: true } });
      await assertUpdated(0, {
        entityType: POSITION,
        entityId: data.positionId,
        current: current && { version: current.version, fields: await readableReferences(tx, { endDate: current.endDate }, texts) },
        submitted: { endDate: null },
        labels: texts?.labels,
        tx,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: POSITION,
      entityId: data.positionId,
      changes: { personId: old.personId, endDate: [null, data.changeDate] } as never,
    });
    await assertInstitutionExists(tx, data.institutionId, "institutionId");
    const next = {
      personId: old.personId,
      title: data.title,
      titleEn: data.titleEn,
      institutionId: data.institutionId,
      startDate: data.changeDate,
      endDate: null,
    };
    await assertNoOverlappingPosition(tx, next, "title");
    const created = await tx.position.create({ data: next, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: POSITION, entityId: created.id, changes: next as never });
    return { personId: old.personId, newPositionId: created.id };
  });
}
