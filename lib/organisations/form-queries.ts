// Reads for the organisation forms, and the organisations offered by other forms' selects.
import "server-only";
import type { Option } from "@/components/ui/form-fields";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";

/** Every organisation, for a select: "Comité contre l'esclavage moderne (CCEM)". */
export async function listOrganisationChoices(actor: Actor): Promise<Option[]> {
  if (!actor) return [];
  const rows = await db.organisation.findMany({ select: { id: true, name: true, acronym: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 });
  return rows.map((row) => ({ value: row.id, label: row.acronym ? `${row.name} (${row.acronym})` : row.name }));
}
