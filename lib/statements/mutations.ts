// Recording statements: the statement and its audit entry (and, on creation, the form's
// submission id) in one transaction.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { removeStoredFiles } from "@/lib/documents/mutations";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import type { TCreateStatementInput, TDeleteStatementInput, TStatementInput, TUpdateStatementInput } from "./form-schema";

const COLUMNS = ["date", "datePrecision", "titleFr", "titleEn", "textFr", "textEn", "bill", "campaignId", "visibility"] as const;

function statementColumns(data: TStatementInput) {
  return {
    date: data.date,
    datePrecision: data.datePrecision,
    titleFr: data.titleFr,
    titleEn: data.titleEn,
    textFr: data.textFr,
    textEn: data.textEn,
    bill: data.bill,
    campaignId: data.campaignId,
    visibility: data.visibility,
  };
}

async function checkCampaign(tx: Tx, campaignId: string | null) {
  if (campaignId && !(await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", "Unknown campaign", { fields: { campaignId: "unknownChoice" } });
  }
}

export async function createStatement({ actor, data }: { actor: Actor; data: TCreateStatementInput }): Promise<{ id: string; repeated: boolean }> {
  if (!actor || !can(actor, "manage:statements")) throw new AppError("FORBIDDEN");
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      await checkCampaign(tx, data.campaignId);
      const columns = statementColumns(data);
      const statement = await tx.statement.create({ data: columns, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Statement", entityId: statement.id, changes: JSON.parse(JSON.stringify(columns)) });
      await recordSubmission(tx, data.submissionId, "Statement", statement.id);
      return statement.id;
    }),
  );
}

export async function updateStatement({
  actor,
  data,
  labels,
}: {
  actor: Actor;
  data: TUpdateStatementInput;
  labels?: Record<string, string>;
}): Promise<{ id: string }> {
  if (!actor || !can(actor, "manage:statements")) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const before = await tx.statement.findUnique({
      where: { id: data.statementId },
      select: { version: true, ...(Object.fromEntries(COLUMNS.map((column) => [column, true])) as Record<(typeof COLUMNS)[number], true>) },
    });
    const columns = statementColumns(data);
    const { count } = await tx.statement.updateMany({ where: { id: data.statementId, version: data.version }, data: { ...columns, version: { increment: 1 } } });
    const { version: savedVersion, ...saved } = before ?? { version: 0 };
    await assertUpdated(count, {
      entityType: "Statement",
      entityId: data.statementId,
      current: before && { version: savedVersion, fields: saved },
      submitted: columns,
      labels,
      tx,
    });
    await checkCampaign(tx, data.campaignId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Statement",
      entityId: data.statementId,
      changes: JSON.parse(JSON.stringify(diffFields(saved as Record<string, unknown>, columns))),
    });
    return { id: data.statementId };
  });
}

/** Deletes a statement and its documents (with their files); refused while a demand's history cites it. */
export async function deleteStatement({ actor, data }: { actor: Actor; data: TDeleteStatementInput }): Promise<void> {
  if (!actor || !can(actor, "manage:statements")) throw new AppError("FORBIDDEN");
  const storageKeys = await db.$transaction(async (tx) => {
    const statement = await tx.statement.findUnique({
      where: { id: data.statementId },
      select: { version: true, titleFr: true, date: true, documents: { select: { storageKey: true } }, _count: { select: { demandStatusChanges: true } } },
    });
    if (statement && statement._count.demandStatusChanges > 0) {
      throw new AppError("VALIDATION", "Demands' histories cite this statement", { fields: { confirm: "statementHasDependents" } });
    }
    const { count } = await tx.statement.deleteMany({ where: { id: data.statementId, version: data.version } });
    await assertUpdated(count, { entityType: "Statement", entityId: data.statementId, current: statement && { version: statement.version, fields: {} }, submitted: {}, tx });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entityType: "Statement",
      entityId: data.statementId,
      changes: { titleFr: statement!.titleFr, date: statement!.date.toISOString().slice(0, 10), documents: statement!.documents.length },
    });
    return statement!.documents.map((document) => document.storageKey);
  });
  await removeStoredFiles(storageKeys);
}
