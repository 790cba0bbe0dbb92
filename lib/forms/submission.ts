// One record per submitted create form, however often it arrives: the form carries a one-time
// id, recorded in the same transaction as the record it created. A second arrival finds it.
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

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

export function isDuplicateSubmission(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002" &&
    JSON.stringify(error.meta ?? {}).includes("FormSubmission")
  );
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
    if (!isDuplicateSubmission(error)) throw error;
    const first = await findSubmittedRecord(submissionId);
    if (!first) throw error;
    return { id: first, repeated: true };
  }
}
