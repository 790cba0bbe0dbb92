// One follow-up action as its page shows it: the action, where it came from, who must do it, its
// history and its comments. A fixed number of queries whatever the data size.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { todayAsDate } from "@/lib/lists/where";
import { isOverdue } from "./schema";
import { mayChangeAction, readableActions } from "./scope";

export async function getActionDetail(actor: Actor, actionId: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const action = await db.action.findFirst({
    where: { AND: [{ id: actionId }, readableActions(actor)] },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      dueOn: true,
      completedAt: true,
      visibility: true,
      version: true,
      assigneeUserId: true,
      assigneeOrganisationId: true,
      assigneeUser: { select: { id: true, name: true } },
      assigneeOrganisation: { select: { id: true, name: true, acronym: true } },
      meeting: { select: { id: true, titleFr: true, titleEn: true, startsAt: true, allDay: true, visibility: true } },
      statusChanges: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, changedBy: { select: { name: true } } },
      },
      comments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!action) return null;
  const { meeting, assigneeUserId, assigneeOrganisationId, ...rest } = action;
  return {
    ...rest,
    // The meeting is named only to those who may read it.
    meeting: meeting && visibleLevels(actor).includes(meeting.visibility) ? meeting : null,
    overdue: isOverdue(action, todayAsDate()),
    mayChangeStatus: mayChangeAction(actor, { assigneeUserId, assigneeOrganisationId }),
    mayComment: can(actor, "comment:action"),
  };
}

export type ActionDetail = NonNullable<Awaited<ReturnType<typeof getActionDetail>>>;
