// Writing a demand's life: a step of its status history, and a commitment. Coordinators only;
// each is one transaction with its audit entries.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import type { TRecordCommitmentInput, TRecordDemandStatusInput } from "./history-schema";

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
      const latest = await tx.demandStatusChange.findFirstOrThrow({
        where: { demandId: data.demandId },
        orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
        select: { status: true, date: true },
      });
      const after = {
        status: latest.status,
        statusDate: latest.date,
        raisedOn: data.date < before.raisedOn ? data.date : before.raisedOn,
      };
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
      let promisedByPersonId: string | null = null;
      if (data.promisedByPositionId) {
        const position = await tx.position.findUnique({ where: { id: data.promisedByPositionId }, select: { personId: true, startDate: true, endDate: true } });
        if (!position) throw invalid("promisedByPositionId", "notFound");
        const day = data.promisedOn!;
        if ((position.startDate && position.startDate > day) || (position.endDate && position.endDate < day)) {
          throw invalid("promisedByPositionId", "positionNotHeldOnDate");
        }
        promisedByPersonId = position.personId;
      }
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
