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
import { editableCommitmentSelect, editableStepSelect } from "./history-fields";
import type { TRecordCommitmentInput, TRecordDemandStatusInput, TUpdateCommitmentInput, TUpdateDemandStatusInput } from "./history-schema";

const invalid = (field: string, key: string) => new AppError("VALIDATION", key, { fields: { [field]: key } });

export async function assertSourcesExist(tx: Tx, data: { sourceMeetingId?: string | null; sourceLetterId?: string | null; sourceStatementId?: string | null }) {
  const [meeting, letter, statement] = await Promise.all([
    data.sourceMeetingId ? tx.meeting.findUnique({ where: { id: data.sourceMeetingId }, select: { id: true } }) : true,
    data.sourceLetterId ? tx.letter.findUnique({ where: { id: data.sourceLetterId }, select: { id: true } }) : true,
    data.sourceStatementId ? tx.statement.findUnique({ where: { id: data.sourceStatementId }, select: { id: true } }) : true,
  ]);
  if (!meeting) throw invalid("sourceMeetingId", "notFound");
  if (!letter) throw invalid("sourceLetterId", "notFound");
  if (!statement) throw invalid("sourceStatementId", "notFound");
}

type StepFields = Pick<
  TRecordDemandStatusInput,
  "date" | "status" | "sourceMeetingId" | "sourceLetterId" | "sourceStatementId" | "sourceLabel" | "noteFr" | "noteEn" | "milestone"
>;

/** What a step's form stores, recorded or corrected (and a new demand's first step). */
export function stepColumns(data: StepFields) {
  const { date, status, sourceMeetingId, sourceLetterId, sourceStatementId, sourceLabel, noteFr, noteEn, milestone } = data;
  return { date, status, sourceMeetingId, sourceLetterId, sourceStatementId, sourceLabel, noteFr, noteEn, milestone };
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

/** What a commitment's form stores, recorded or updated: the official named through the position held that day. */
async function commitmentColumns(tx: Tx, data: TRecordCommitmentInput | TUpdateCommitmentInput) {
  const { descriptionFr, descriptionEn, promisedByPositionId, promisedOn, sourceMeetingId, sourceLetterId, dueOn, keptOn, status, note, visibility } = data;
  return {
    descriptionFr,
    descriptionEn,
    promisedByPersonId: await promiserOf(tx, data),
    promisedByPositionId,
    promisedOn,
    sourceMeetingId,
    sourceLetterId,
    dueOn,
    keptOn,
    status,
    note,
    visibility,
  };
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
        data: { demandId: data.demandId, ...stepColumns(data), recordedById: actor.id },
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
      const commitment = await tx.commitment.create({ data: { demandId: data.demandId, ...(await commitmentColumns(tx, data)) }, select: { id: true } });
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

/**
 * Saves a correction of a step or a commitment against the version its form read: a conflict says
 * what the record holds now, field by field; the audit entry says what changed, and of which demand.
 */
async function saveAgainstVersion<F extends Record<string, unknown>>(
  tx: Tx,
  actor: NonNullable<Actor>,
  record: {
    entityType: "DemandStatusChange" | "Commitment";
    id: string;
    demandId: string;
    before: F;
    after: F;
    /** Writes `after` where the record still has the version read; how many rows it wrote. */
    write: () => Promise<{ count: number }>;
    /** The record as saved now, on a conflict (null when it was deleted). */
    readCurrent: () => Promise<(F & { version: number }) | null>;
    /** The fields a conflict lists, as the form shows them. */
    readable: (fields: F) => Record<string, unknown>;
    texts?: ConflictTexts;
  },
): Promise<void> {
  const { count } = await record.write();
  if (count === 0) {
    const current = await record.readCurrent();
    await assertUpdated(0, {
      entityType: record.entityType,
      entityId: record.id,
      current: current && { version: current.version, fields: record.readable(current) },
      submitted: record.readable(record.after),
      labels: record.texts?.labels,
      tx,
    });
  }
  await recordAudit(tx, {
    actorId: actor.id,
    action: "update",
    entityType: record.entityType,
    entityId: record.id,
    changes: { demandId: record.demandId, ...diffFields(record.before, record.after) } as never,
  });
}

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
    const before = await tx.demandStatusChange.findFirst({ where: { id: data.changeId, demandId: data.demandId }, select: editableStepSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await assertSourcesExist(tx, data);
    const after = stepColumns(data);
    await saveAgainstVersion(tx, actor, {
      entityType: "DemandStatusChange",
      id: data.changeId,
      demandId: data.demandId,
      before,
      after,
      write: () => tx.demandStatusChange.updateMany({ where: { id: data.changeId, demandId: data.demandId, version: data.version }, data: { ...after, version: { increment: 1 } } }),
      readCurrent: () => tx.demandStatusChange.findUnique({ where: { id: data.changeId }, select: { ...editableStepSelect, version: true } }),
      readable: (fields) => readableStep(fields, texts),
      texts,
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

/** The same for a commitment: its texts, dates, status and visibility. */
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
    const before = await tx.commitment.findFirst({ where: { id: data.commitmentId, demandId: data.demandId }, select: editableCommitmentSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await assertSourcesExist(tx, data);
    const after = await commitmentColumns(tx, data);
    await saveAgainstVersion(tx, actor, {
      entityType: "Commitment",
      id: data.commitmentId,
      demandId: data.demandId,
      before,
      after,
      write: () => tx.commitment.updateMany({ where: { id: data.commitmentId, demandId: data.demandId, version: data.version }, data: { ...after, version: { increment: 1 } } }),
      readCurrent: () => tx.commitment.findUnique({ where: { id: data.commitmentId }, select: { ...editableCommitmentSelect, version: true } }),
      readable: (fields) => readableCommitment(fields, texts),
      texts,
    });
    return { id: data.commitmentId, demandId: data.demandId };
  });
}
