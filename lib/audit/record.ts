// Every create, update and delete leaves an audit entry, written in the same transaction.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction = "create" | "update" | "delete" | "seed" | string;

export async function recordAudit(
  tx: Tx,
  entry: { actorId: string | null; action: AuditAction; entityType: string; entityId: string; changes?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEntry.create({ data: entry });
}

/** The fields that differ between two versions of a record: { field: [before, after] }. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    const same = a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);
    if (!same) changes[key] = [a ?? null, b ?? null];
  }
  return changes;
}
