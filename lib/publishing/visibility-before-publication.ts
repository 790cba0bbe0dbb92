import "server-only";
// Where a withdrawn item goes back to: the visibility it had before it was last made public, read
// from the audit log (publishing and the edit forms record every change of visibility as
// { visibility: [before, after] }; a record created public records { visibility: "PUBLIC" }).
// MEMBERS when nothing earlier is recorded: the item was created or seeded public.
import type { Tx } from "@/lib/db";
import { Visibility } from "@/lib/generated/prisma/enums";
import type { PublishableKind } from "./schema";

export const PUBLISHED_ENTITY = { meeting: "Meeting", letter: "Letter", statement: "Statement", demand: "Demand" } as const satisfies Record<
  PublishableKind,
  string
>;

export const UNRECORDED_VISIBILITY: Visibility = "MEMBERS";

const isVisibility = (value: unknown): value is Visibility => typeof value === "string" && Object.hasOwn(Visibility, value);

/** For each id, the visibility a withdrawal returns it to. */
export async function findVisibilitiesBeforePublication(client: Tx, kind: PublishableKind, ids: string[]): Promise<Map<string, Visibility>> {
  const found = new Map<string, Visibility>(ids.map((id) => [id, UNRECORDED_VISIBILITY]));
  if (ids.length === 0) return found;
  // The latest entry per item in which it became public: from another level, or created public.
  const rows = await client.$queryRaw<{ entityId: string; before: unknown }[]>`
    SELECT DISTINCT ON ("entityId") "entityId",
      CASE WHEN jsonb_typeof("changes"->'visibility') = 'array' THEN "changes"->'visibility'->>0 END AS "before"
    FROM "AuditEntry"
    WHERE "entityType" = ${PUBLISHED_ENTITY[kind]} AND "entityId" = ANY(${ids}::text[])
      AND CASE jsonb_typeof("changes"->'visibility')
        WHEN 'string' THEN "changes"->>'visibility' = 'PUBLIC'
        WHEN 'array' THEN "changes"->'visibility'->>1 = 'PUBLIC' AND "changes"->'visibility'->>0 IS DISTINCT FROM 'PUBLIC'
        ELSE false
      END
    ORDER BY "entityId", "id" DESC`;
  for (const row of rows) if (isVisibility(row.before)) found.set(row.entityId, row.before);
  return found;
}
