// Recording letters. Each user action is one transaction: the letter, its recipients, the demands
// it concerns, the audit entries and the form's submission id are saved whole or not at all.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { removeStoredFiles } from "@/lib/documents/mutations";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import type { TCreateLetterInput, TDeleteLetterInput, TLetterInput, TUpdateLetterInput } from "./form-schema";
import { checkLetterReferences, type RecipientToStore } from "./references";

const COLUMNS = [
  "direction", "date", "datePrecision", "subjectFr", "subjectEn", "summaryFr", "summaryEn", "senderName", "senderOrganisationId",
  "senderInstitutionId", "inReplyToId", "replyExpectedBy", "campaignId", "visibility", "confidentialNotes",
] as const;
const COLUMN_SELECT = Object.fromEntries(COLUMNS.map((column) => [column, true])) as Record<(typeof COLUMNS)[number], true>;

function letterColumns(data: TLetterInput) {
  return {
    direction: data.direction,
    date: data.date,
    datePrecision: data.datePrecision,
    subjectFr: data.subjectFr,
    subjectEn: data.subjectEn,
    summaryFr: data.summaryFr,
    summaryEn: data.summaryEn,
    senderName: data.senderName,
    senderOrganisationId: data.senderOrganisationId,
    senderInstitutionId: data.senderInstitutionId,
    inReplyToId: data.inReplyToId,
    replyExpectedBy: data.replyExpectedBy,
    campaignId: data.campaignId,
    visibility: data.visibility,
    confidentialNotes: data.confidentialNotes,
  };
}

async function saveLinks(tx: Tx, letterId: string, recipients: RecipientToStore[], demandIds: string[]) {
  if (recipients.length) await tx.letterRecipient.createMany({ data: recipients.map((recipient) => ({ letterId, ...recipient })) });
  if (demandIds.length) await tx.letterDemand.createMany({ data: demandIds.map((demandId) => ({ letterId, demandId })) });
}

/** The letter a reply answers keeps the trace: its history says when it was answered, and by which letter. */
async function noteAnswered(tx: Tx, actor: NonNullable<Actor>, originalId: string | null, replyId: string) {
  if (!originalId) return;
  await recordAudit(tx, { actorId: actor.id, action: "answered", entityType: "Letter", entityId: originalId, changes: { replyId } });
}

export async function createLetter({ actor, data }: { actor: Actor; data: TCreateLetterInput }): Promise<{ id: string; repeated: boolean }> {
  if (!actor || !can(actor, "manage:letters")) throw new AppError("FORBIDDEN");
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      const recipients = await checkLetterReferences(tx, data, null);
      const columns = letterColumns(data);
      const letter = await tx.letter.create({ data: columns, select: { id: true } });
      await saveLinks(tx, letter.id, recipients, data.demandIds);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entityType: "Letter",
        entityId: letter.id,
        changes: JSON.parse(JSON.stringify({ ...columns, recipients, demandIds: data.demandIds })),
      });
      await noteAnswered(tx, actor, data.inReplyToId, letter.id);
      await recordSubmission(tx, data.submissionId, "Letter", letter.id);
      return letter.id;
    }),
  );
}

export async function updateLetter({
  actor,
  data,
  labels,
}: {
  actor: Actor;
  data: TUpdateLetterInput;
  /** The fields' names in the editor's language, for telling what changed on a conflict. */
  labels?: Record<string, string>;
}): Promise<{ id: string }> {
  if (!actor || !can(actor, "manage:letters")) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const before = await tx.letter.findUnique({
      where: { id: data.letterId },
      select: {
        version: true,
        ...COLUMN_SELECT,
        recipients: { select: { institutionId: true, positionId: true, organisationId: true }, orderBy: { id: "asc" } },
        demands: { select: { demandId: true } },
      },
    });
    const columns = letterColumns(data);
    const { count } = await tx.letter.updateMany({ where: { id: data.letterId, version: data.version }, data: { ...columns, version: { increment: 1 } } });
    await assertUpdated(count, {
      entityType: "Letter",
      entityId: data.letterId,
      current: before && { version: before.version, fields: { ...pick(before, COLUMNS), demandIds: before.demands.map((d) => d.demandId) } },
      submitted: { ...columns, demandIds: data.demandIds },
      labels,
      tx,
    });
    const recipients = await checkLetterReferences(tx, data, data.letterId);
    await tx.letterRecipient.deleteMany({ where: { letterId: data.letterId } });
    await tx.letterDemand.deleteMany({ where: { letterId: data.letterId } });
    await saveLinks(tx, data.letterId, recipients, data.demandIds);
    const changes: Record<string, unknown> = diffFields(pick(before!, COLUMNS), columns);
    const recipientsBefore = JSON.stringify(before!.recipients);
    if (recipientsBefore !== JSON.stringify(recipients)) changes.recipients = [before!.recipients, recipients];
    const demandsBefore = before!.demands.map((d) => d.demandId).sort();
    if (JSON.stringify(demandsBefore) !== JSON.stringify([...data.demandIds].sort())) changes.demandIds = [demandsBefore, data.demandIds];
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Letter", entityId: data.letterId, changes: JSON.parse(JSON.stringify(changes)) });
    if (data.inReplyToId && data.inReplyToId !== before!.inReplyToId) await noteAnswered(tx, actor, data.inReplyToId, data.letterId);
    return { id: data.letterId };
  });
}

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

/**
 * Deletes a letter with its recipients, demands links and documents (and their files). Refused
 * while a reply, a meeting, a step of a demand or a commitment refers to it: deleting would
 * silently cut those records from their history.
 */
export async function deleteLetter({ actor, data }: { actor: Actor; data: TDeleteLetterInput }): Promise<void> {
  if (!actor || !can(actor, "manage:letters")) throw new AppError("FORBIDDEN");
  const storageKeys = await db.$transaction(async (tx) => {
    const letter = await tx.letter.findUnique({
      where: { id: data.letterId },
      select: {
        version: true,
        subjectFr: true,
        date: true,
        documents: { select: { storageKey: true } },
        _count: { select: { replies: true, followUpMeetings: true, demandStatusChanges: true, commitments: true } },
      },
    });
    if (letter && Object.values(letter._count).some((n) => n > 0)) {
      throw new AppError("VALIDATION", "Other records refer to this letter", { fields: { confirm: "letterHasDependents" } });
    }
    const { count } = await tx.letter.deleteMany({ where: { id: data.letterId, version: data.version } });
    await assertUpdated(count, { entityType: "Letter", entityId: data.letterId, current: letter && { version: letter.version, fields: {} }, submitted: {}, tx });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entityType: "Letter",
      entityId: data.letterId,
      changes: { subjectFr: letter!.subjectFr, date: letter!.date.toISOString().slice(0, 10), documents: letter!.documents.length },
    });
    return letter!.documents.map((document) => document.storageKey);
  });
  await removeStoredFiles(storageKeys);
}
