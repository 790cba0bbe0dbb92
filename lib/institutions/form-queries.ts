// Reads for the institution forms: coordinators only, checked here as well as on the page.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Option } from "@/components/ui/form-fields";
import type { Locale } from "@/lib/i18n/locales";

/** The institution as its edit form shows it, or null (not found, or not the actor's to edit). */
export async function getInstitutionForEdit(actor: Actor, institutionId: string) {
  if (!can(actor, "manage:institutions")) return null;
  return db.institution.findUnique({
    where: { id: institutionId },
    select: { id: true, version: true, name: true, nameEn: true, acronym: true, kind: true, address: true, website: true, endedOn: true, successorId: true },
  });
}

/** Every institution, labelled for a select ("Ministère de l'Intérieur", with its acronym). */
export async function listInstitutionChoices(actor: Actor, locale: Locale): Promise<Option[]> {
  if (!actor) return [];
  const rows = await db.institution.findMany({
    select: { id: true, name: true, nameEn: true, acronym: true, endedOn: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 2000,
  });
  return rows.map((row) => {
    const name = (locale === "en" && row.nameEn) || row.name;
    return { value: row.id, label: row.acronym ? `${name} (${row.acronym})` : name };
  });
}
