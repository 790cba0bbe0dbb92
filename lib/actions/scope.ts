// Which follow-up actions an actor may change: a coordinator any she can see; a member those
// assigned to her or to her organisation; an observer none. Written as a `where` clause so that
// "not yours" and "not found" are the same answer, and the update itself re-checks it.
import { can, visibleLevels, type Actor } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Actions the actor may read. */
export function readableActions(actor: Actor): Prisma.ActionWhereInput {
  return { visibility: { in: visibleLevels(actor) } };
}

/** Actions the actor may change the status of; null when she may change none. */
export function changeableActions(actor: Actor): Prisma.ActionWhereInput | null {
  if (!actor || !can(actor, "update:action:own")) return null;
  if (can(actor, "update:action:any")) return readableActions(actor);
  const assigned: Prisma.ActionWhereInput[] = [{ assigneeUserId: actor.id }];
  if (actor.organisationId) assigned.push({ assigneeOrganisationId: actor.organisationId });
  return { ...readableActions(actor), OR: assigned };
}

/** Whether a given action (as read) may be changed by the actor: the same rule, in memory, for pages. */
export function mayChangeAction(
  actor: Actor,
  action: { assigneeUserId: string | null; assigneeOrganisationId: string | null },
): boolean {
  if (!actor || !can(actor, "update:action:own")) return false;
  if (can(actor, "update:action:any")) return true;
  return action.assigneeUserId === actor.id || (actor.organisationId !== null && action.assigneeOrganisationId === actor.organisationId);
}
