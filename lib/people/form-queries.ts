// Reads for the people and position forms: coordinators only, checked here as well as on the page.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";

export async function getPersonForEdit(actor: Actor, personId: string) {
  if (!can(actor, "manage:people")) return null;
  return db.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      version: true,
      firstName: true,
      lastName: true,
      organisationId: true,
      notes: true,
    },
  });
}

/** A position with its person, and how many meetings and letters already name it. */
export async function getPositionForEdit(actor: Actor, personId: string, positionId: string) {
  if (!can(actor, "manage:people")) return null;
  const position = await db.position.findFirst({
    where: { id: positionId, personId },
    select: {
      id: true,
      version: true,
      title: true,
      titleEn: true,
      institutionId: true,
      startDate: true,
      endDate: true,
      institution: { select: { name: true, nameEn: true } },
      person: { select: { id: true, firstName: true, lastName: true } },
      _count: { select: { meetings: true, letterRecipients: true } },
    },
  });
  return position;
}

/** The person a new position is added to. */
export async function getPersonName(actor: Actor, personId: string) {
  if (!can(actor, "manage:people")) return null;
  return db.person.findUnique({ where: { id: personId }, select: { id: true, firstName: true, lastName: true } });
}
