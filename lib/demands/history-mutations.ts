// Writing a demand's life: a step of its status history, and a commitment, recorded then
// corrected in place. Coordinators only; each is one transaction with its audit entries.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { presentForConflict, type ConflictTexts } from "@/lib/forms/conflict-texts";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import type { TRecordCommitmentInput, TRecordDemandStatusInput, TUpdateCommitmentInput, TUpdateDemandStatusInput } from "./history-schema";

const invalid = (field: string, key: string) => new AppError("VALIDATION", key, { fields: { [field]: key } });

async function assertSourcesExist(tx: Tx, data: { sourceMeetingId?: string | null; sourceLetterId?: string | null; sourceStatementId?: string | null }) {
  const [meeting, letter, statement] = await Promise.all([
    data.sourceMeetingId ? tx.meeting.findUnique({ where: { id: data.sourceMeetingId }, select: { id: true } }) : true,
    data.sourceLetterId ? tx.letter.findUnique({ where: { id: data.sourceLetterId }, select: { id: true } }) : true,
    data.sourceStatementId ? tx.statement.findUnique({ where: { id: data.sourceStatementId }, select: { id: true } }) : true,
  ]);
  if (!meeting) throw invalid("sourceMeetingId", "notFound");
  if (!letter) throw invalid("sourceLetterId", "notFound");
  if (!statement) throw invalid("sourceStatementId", "notFound");
}

/** The person behind the position named as the promiser, who must have held it on the day of the promise. */
async function promiserOf(tx: Tx, data: { promisedByPositionId: string | null; promisedOn: Date | null }): Promise<string | null> {
  if (!data.promisedByPositionId) return null;
  const position = await tx.position.findUnique({ where: { id: data.promisedByPositionId }, select: { personId: true, startDate: true, endDate: true } });
  if (!position) throw invalid("promisedByPositionId", "notFound");
  const day = data.promisedOn!;
  if ((position.startDate && position.startDate > day) || (position.endDate && position.endDate < day)) {
    throw invalid("promisedByPositionId", "positionNotHeldOnDate");
  }
  return position.personId;
}

/**
 * What the demand holds once its steps changed: the status and date of its latest step by date
 * (ties: the last recorded), and its raising date moved back to a step dated before it.
 */
async function demandFollowingItsSteps(tx: Tx, demandId: string, before: { raisedOn: Date }, stepDate: Date) {
  const latest = await tx.demandStatusChange.findFirstOrThrow({
    where: { demandId },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: { status: true, date: true },
  });
  return { status: latest.status, statusDate: latest.date, raisedOn: stepDate < before.raisedOn ? stepDate : before.raisedOn };
}

/**
 * Records one step of a demand's life and keeps `Demand.status`/`statusDate` equal to the latest
 * step by date (a step recorded late, with an earlier date, does not overwrite a later one), in
 * the same transaction, against the demand's version: two coordinators recording at once cannot
 * leave the demand's status disagreeing with its history.
 */
export async function recordDemandStatus({ actor, data }: { actor: Actor; data: TRecordDemandStatusInput }): Promise<{ id: string; demandId: string }> {
  if (!actor || !can(actor, "manage:demands")) throw new AppError("FORBIDDEN");
  const { id } = await createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      const before = await tx.demand.findUnique({ where: { id: data.demandId }, select: { status: true, statusDate: true, raisedOn: true, version: true } });
      if (!before) throw new AppError("NOT_FOUND");
      await assertSourcesExist(tx, data);
      const step = await tx.demandStatusChange.create({
        data: {
          demandId: data.demandId,
          status: data.status,
          date: data.date,
          sourceMeetingId: data.sourceMeetingId,
          sourceLetterId: data.sourceLetterId,
          sourceStatementId: data.sourceStatementId,
          sourceLabel: data.sourceLabel,
          noteFr: data.noteFr,
          noteEn: data.noteEn,
          milestone: data.milestone,
          recordedById: actor.id,
        },
        select: { id: true },
      });
      const after = await demandFollowingItsSteps(tx, data.demandId, before, data.date);
      const { count } = await tx.demand.updateMany({
        where: { id: data.demandId, version: data.version },
        data: { ...after, version: { increment: 1 } },
      });
      await assertUpdated(count, {
        entityType: "Demand",
        entityId: data.demandId,
        current: { version: before.version, fields: { status: before.status, statusDate: before.statusDate } },
        submitted: { status: data.status, statusDate: data.date },
        tx,
      });
      await recordSubmission(tx, data.submissionId, "DemandStatusChange", step.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entityType: "DemandStatusChange",
        entityId: step.id,
        changes: { demandId: data.demandId, status: data.status, date: data.date.toISOString().slice(0, 10) },
      });
      await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Demand", entityId: data.demandId, changes: diffFields(before, after) as never });
      return step.id;
    }),
  );
  return { id, demandId: data.demandId };
}

/**
 * Records a promise made about a demand. The official is named through the position they held on
 * the day of the promise (refused beside the field when they did not hold it that day).
 */
export async function recordCommitment({ actor, data }: { actor: Actor; data: TRecordCommitmentInput }): Promise<{ id: string; demandId: string }> {
  if (!actor || !can(actor, "manage:demands")) throw new AppError("FORBIDDEN");
  const { id } = await createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      const demand = await tx.demand.findUnique({ where: { id: data.demandId }, select: { id: true } });
      if (!demand) throw new AppError("NOT_FOUND");
      await assertSourcesExist(tx, data);
      const promisedByPersonId = await promiserOf(tx, data);
      const commitment = await tx.commitment.create({
        data: {
          demandId: data.demandId,
          descriptionFr: data.descriptionFr,
          descriptionEn: data.descriptionEn,
          promisedByPersonId,
          promisedByPositionId: data.promisedByPositionId,
          promisedOn: data.promisedOn,
          sourceMeetingId: data.sourceMeetingId,
          sourceLetterId: data.sourceLetterId,
          dueOn: data.dueOn,
          keptOn: data.keptOn,
          status: data.status,
          note: data.note,
          visibility: data.visibility,
        },
        select: { id: true },
      });
      await recordSubmission(tx, data.submissionId, "Commitment", commitment.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entityType: "Commitment",
        entityId: commitment.id,
        changes: { demandId: data.demandId, status: data.status, dueOn: data.dueOn?.toISOString().slice(0, 10) ?? null },
      });
      return commitment.id;
    }),
  );
  return { id, demandId: data.demandId };
}

const stepSelect = {
  date: true,
  status: true,
  sourceMeetingId: true,
  sourceLetterId: true,
  sourceStatementId: true,
  sourceLabel: true,
  noteFr: true,
  noteEn: true,
  milestone: true,
} as const;

/** The fields a conflict lists, as the form shows them (references are left out: ids say nothing). */
function readableStep(step: { date: Date; status: string; sourceLabel: string | null; noteFr: string; noteEn: string | null; milestone: boolean }, texts?: ConflictTexts) {
  const { date, status, sourceLabel, noteFr, noteEn, milestone } = step;
  return presentForConflict({ date, status, sourceLabel, noteFr, noteEn, milestone: String(milestone) }, texts);
}

/**
 * Corrects a step of a demand's life in place (its note in either language, its source, its
 * date, its status, whether it is a public milestone), against the step's version. The demand
 * keeps following its latest step: its row is locked first, so that two corrections of its steps
 * at once cannot leave its status computed from a history neither of them saw.
 */
export async function updateDemandStatus({ actor, data, texts }: { actor: Actor; data: TUpdateDemandStatusInput; texts?: ConflictTexts }): Promise<{ id: string; demandId: string }> {
  if (!actor || !can(actor, "manage:demands")) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Demand" WHERE id = ${data.demandId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND");
    const before = await tx.demandStatusChange.findFirst({ where: { id: data.changeId, demandId: data.demandId }, select: stepSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await assertSourcesExist(tx, data);
    const after = {
      date: data.date,
      status: data.status,
      sourceMeetingId: data.sourceMeetingId,
      sourceLetterId: data.sourceLetterId,
      sourceStatementId: data.sourceStatementId,
      sourceLabel: data.sourceLabel,
      noteFr: data.noteFr,
      noteEn: data.noteEn,
      milestone: data.milestone,
    };
    const { count } = await tx.demandStatusChange.updateMany({
      where: { id: data.changeId, demandId: data.demandId, version: data.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.demandStatusChange.findUnique({ where: { id: data.changeId }, select: { ...stepSelect, version: true } });
      await assertUpdated(0, {
        entityType: "DemandStatusChange",
        entityId: data.changeId,
        current: current && { version: current.version, fields: readableStep(current, texts) },
        submitted: readableStep(after, texts),
        labels: texts?.labels,
        tx,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "DemandStatusChange",
      entityId: data.changeId,
      changes: { demandId: data.demandId, ...diffFields(before, after) } as never,
    });
    const demand = await tx.demand.findUniqueOrThrow({ where: { id: data.demandId }, select: { status: true, statusDate: true, raisedOn: true } });
    const following = await demandFollowingItsSteps(tx, data.demandId, demand, data.date);
    const demandChanges = diffFields(demand, following);
    if (Object.keys(demandChanges).length > 0) {
      await tx.demand.update({ where: { id: data.demandId }, data: { ...following, version: { increment: 1 } }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Demand", entityId: data.demandId, changes: demandChanges as never });
    }
    return { id: data.changeId, demandId: data.demandId };
  });
}

const commitmentSelect = {
  descriptionFr: true,
  descriptionEn: true,
  promisedByPersonId: true,
  promisedByPositionId: true,
  promisedOn: true,
  sourceMeetingId: true,
  sourceLetterId: true,
  dueOn: true,
  keptOn: true,
  status: true,
  note: true,
  visibility: true,
} as const;

function readableCommitment(
  commitment: { descriptionFr: string; descriptionEn: string | null; promisedOn: Date | null; dueOn: Date | null; keptOn: Date | null; status: string; note: string | null; visibility: string },
  texts?: ConflictTexts,
) {
  const { descriptionFr, descriptionEn, promisedOn, dueOn, keptOn, status, note, visibility } = commitment;
  return presentForConflict({ descriptionFr, descriptionEn, promisedOn, dueOn, keptOn, status, note, visibility }, texts);
}

/**
 * Corrects a commitment or follows it up — kept on a given day, or broken — against its version.
 * The official is named, as when it was recorded, through the position held on the day of the promise.
 */
export async function updateCommitment({ actor, data, texts }: { actor: Actor; data: TUpdateCommitmentInput; texts?: ConflictTexts }): Promise<{ id: string; demandId: string }> {
  if (!actor || !can(actor, "manage:demands")) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const before = await tx.commitment.findFirst({ where: { id: data.commitmentId, demandId: data.demandId }, select: commitmentSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await assertSourcesExist(tx, data);
    const after = {
      descriptionFr: data.descriptionFr,
      descriptionEn: data.descriptionEn,
      promisedByPersonId: await promiserOf(tx, data),
      promisedByPositionId: data.promisedByPositionId,
      promisedOn: data.promisedOn,
      sourceMeetingId: data.sourceMeetingId,
      sourceLetterId: data.sourceLetterId,
      dueOn: data.dueOn,
      keptOn: data.keptOn,
      status: data.status,
      note: data.note,
      visibility: data.visibility,
    };
    const { count } = await tx.commitment.updateMany({
      where: { id: data.commitmentId, demandId: data.demandId, version: data.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.commitment.findUnique({ where: { id: data.commitmentId }, select: { ...commitmentSelect, version: true } });
      await assertUpdated(0, {
        entityType: "Commitment",
        entityId: data.commitmentId,
        current: current && { version: current.version, fields: readableCommitment(current, texts) },
        submitted: readableCommitment(after, texts),
        labels: texts?.labels,
        tx,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Commitment",
      entityId: data.commitmentId,
      changes: { demandId: data.demandId, ...diffFields(before, after) } as never,
    });
    return { id: data.commitmentId, demandId: data.demandId };
  });
}
