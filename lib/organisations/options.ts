import "server-only";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { assertWorkspaceReader } from "@/lib/lists/access";
import type { FilterOption } from "@/lib/lists/options";

/**
 * The organisations of the Collective, for the lists' filters. Every list page reads them: one
 * hand-written statement spares Prisma's query compiler (its `findMany` with `orderBy: [{ name:
 * "asc" }, { id: "asc" }]` sent this very SQL; tests/integration/workspace-query-count compares them).
 */
export async function listOrganisationOptions(actor: Actor): Promise<FilterOption[]> {
  assertWorkspaceReader(actor);
  const rows = await db.$queryRaw<{ id: string; name: string; acronym: string | null }[]>`
    SELECT id, name, acronym FROM "Organisation" ORDER BY name ASC, id ASC LIMIT 500`;
  return rows.map((row) => ({ value: row.id, label: row.acronym ? `${row.name} (${row.acronym})` : row.name }));
}
