// Reads for the institution forms: coordinators only, checked here as well as on the page.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";

/** The institution as its edit form shows it, or null (not found, or not the actor's to edit). */
export async function getInstitutionForEdit(actor: Actor, institutionId: string) {
  if (!can(actor, "manage:institutions")) return null;
  return db.institution.findUnique({
    where: { id: institutionId },
    select: { id: true, version: true, name: true, nameEn: true, acronym: true, kind: true, address: true, website: true, endedOn: true, successorId: true },
  });
}
