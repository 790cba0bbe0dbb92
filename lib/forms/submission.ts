// One record per submitted create form, however often it arrives: the form carries a one-time
// id, recorded in the same transaction as the record it created. A second arrival finds it.
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";

export function newSubmissionId(): string {
  return randomBytes(18).toString("base64url");
}

export async function findSubmittedRecord(submissionId: string): Promise<string | null> {
  const row = await db.formSubmission.findUnique({ where: { id: submissionId }, select: { entityId: true } });
  return row?.entityId ?? null;
}

export async function recordSubmission(tx: Tx, submissionId: string, entityType: string, entityId: string): Promise<void> {
  await tx.formSubmission.create({ data: { id: submissionId, entityType, entityId } });
}

/**
 * Runs `create` (which must call recordSubmission inside its transaction) once per submission
 * id; a repeat returns the id of the record the first one made.
 */
export async function createOnce(submissionId: string, create: () => Promise<string>): Promise<{ id: string; repeated: boolean }> {
  const existing = await findSubmittedRecord(submissionId);
  if (existing) return { id: existing, repeated: true };
  try {
    return { id: await create(), repeated: false };
  } catch (error) {
    // A repeat that ran while the first was saving fails on what the first wrote: the submission
    // id itself, or a name the first took (a theme's slug, a campaign's). The first's record is
    // the answer.
    const first = await findSubmittedRecord(submissionId);
    if (!first) throw error;
    return { id: first, repeated: true };
  }
}
