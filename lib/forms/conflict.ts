// Optimistic locking: an update names the version it read. When someone saved first, the
// mutation raises a CONFLICT that tells who, and what the record now holds, field by field.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ConflictChange } from "./state";

/** Throws CONFLICT (with the saved values that differ from the user's) when `count` is 0. */
export async function assertUpdated(
  count: number,
  options: {
    entityType: string;
    entityId: string;
    /** The record as saved now, read in the same transaction; null when it was deleted. */
    current: { version: number; fields: Record<string, unknown> } | null;
    /** The values the user submitted, for the same fields. */
    submitted: Record<string, unknown>;
    /** Labels for the fields, in the user's language. */
    labels?: Record<string, string>;
    tx?: Tx;
  },
): Promise<void> {
  if (count > 0) return;
  if (!options.current) throw new AppError("NOT_FOUND");
  const lastChange = await (options.tx ?? db).auditEntry.findFirst({
    where: { entityType: options.entityType, entityId: options.entityId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  const changes: ConflictChange[] = [];
  for (const [field, saved] of Object.entries(options.current.fields)) {
    if (!(field in options.submitted)) continue;
    if (display(saved) !== display(options.submitted[field])) {
      changes.push({ field: options.labels?.[field] ?? field, value: display(saved) });
    }
  }
  throw new AppError("CONFLICT", "The record was saved by someone else since it was read.", {
    conflict: { version: options.current.version, by: lastChange?.actor?.name ?? null, changes },
  });
}

function display(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(display).sort().join(", ");
  return String(value);
}
