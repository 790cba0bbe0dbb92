import "server-only";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { assertWorkspaceReader } from "@/lib/lists/access";
import type { FilterOption } from "@/lib/lists/options";

/** The organisations of the Collective, for the lists' filters. */
export async function listOrganisationOptions(actor: Actor): Promise<FilterOption[]> {
  assertWorkspaceReader(actor);
  const rows = await db.organisation.findMany({
    select: { id: true, name: true, acronym: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((row) => ({ value: row.id, label: row.acronym ? `${row.name} (${row.acronym})` : row.name }));
}
