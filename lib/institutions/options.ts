// The institutions offered by the lists' filters. Institutions are reference data: every reader of
// the workspace may see them.
import "server-only";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { assertWorkspaceReader } from "@/lib/lists/access";
import type { FilterOption } from "@/lib/lists/options";

export async function listInstitutionOptions(actor: Actor, locale: Locale): Promise<FilterOption[]> {
  assertWorkspaceReader(actor);
  const rows = await db.institution.findMany({
    select: { id: true, name: true, nameEn: true, acronym: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
  });
  return rows.map((row) => {
    const name = (locale === "en" && row.nameEn) || row.name;
    return { value: row.id, label: row.acronym ? `${name} (${row.acronym})` : name };
  });
}
