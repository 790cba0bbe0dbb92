// Reading follow-up actions: those the reader may see, soonest due first.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { boundedCountTake, pageWindow, toBoundedListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, dayRange, todayAsDate, visibleLink } from "@/lib/lists/where";
import { findAssignedActions } from "./assigned";
import { isOverdue, STILL_TO_DO, type ActionListParams, type ActionView } from "./schema";

export const actionRowSelect = {
  id: true,
  title: true,
  status: true,
  dueOn: true,
  visibility: true,
  assigneeOrganisation: { select: { id: true, name: true, acronym: true } },
  assigneeUser: { select: { id: true, name: true } },
  meeting: { select: { id: true, titleFr: true, titleEn: true, startsAt: true, visibility: true } },
} satisfies Prisma.ActionSelect;

export type ActionRecord = Prisma.ActionGetPayload<{ select: typeof actionRowSelect }>;
export type ActionRow = ActionRecord & { overdue: boolean };

/**
 * The view a list opens on: a coordinator sees all actions; a member or an observer first sees
 * hers and her organisation's, and may widen to everything she may read.
 */
export function actionView(actor: NonNullable<Actor>, chosen: ActionView | undefined): ActionView {
  return chosen ?? (actor.role === "COORDINATOR" ? "all" : "assigned");
}

function assignedWhere(actor: NonNullable<Actor>, view: ActionView): Prisma.ActionWhereInput {
  // No organisation: "my organisation's" is nobody's, never everyone's.
  const organisation = { assigneeOrganisationId: actor.organisationId ?? "-" };
  if (view === "mine") return { assigneeUserId: actor.id };
  if (view === "organisation") return organisation;
  if (view === "assigned") return { OR: [{ assigneeUserId: actor.id }, organisation] };
  return {};
}

/** Still to do and due before today in Paris: a late action, as isOverdue says of one. */
function overdueWhere(today: Date): Prisma.ActionWhereInput {
  return { status: { in: [...STILL_TO_DO] }, dueOn: { lt: today } };
}

const dueOrder = [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] satisfies Prisma.ActionOrderByWithRelationInput[];

export async function findActions(actor: Actor, params: ActionListParams, window: ListWindow = pageWindow(params.page)): Promise<ListPage<ActionRow>> {
  assertWorkspaceReader(actor);
  const f = params.filters;
  const text = containsText(params.q);
  const dueBefore = f.dueBefore ? dayRange(undefined, f.dueBefore) : undefined;
  const filters: Prisma.ActionWhereInput = {
    visibility: { in: visibleLevels(actor) },
    status: f.status,
    assigneeOrganisationId: f.organisation,
    meetingId: f.meeting,
    dueOn: dueBefore,
    OR: text ? [{ title: text }, { description: text }] : undefined,
  };
  const view = actionView(actor, f.view);
  const today = todayAsDate();
  // The count stops a thousand rows past the page (the coalition's whole history holds a hundred
  // thousand actions): the list then says "more than …" instead of reading every row to count them.
  // "Mine and my organisation's", the view members open on, is one hand-written statement (./assigned.ts).
  const { records, counted } =
    view === "assigned"
      ? await findAssignedActions(actor, f, params.q, { skip: window.skip, take: window.take, countTake: boundedCountTake(window) }, today)
      : await findByWhere({ AND: [filters, assignedWhere(actor, view), ...(f.overdue ? [overdueWhere(today)] : [])] }, window);
  return toBoundedListPage(
    records.map((row) => ({
      ...row,
      meeting: visibleLink(actor, row.meeting),
      overdue: isOverdue(row, today),
    })),
    counted,
    window,
  );
}

async function findByWhere(where: Prisma.ActionWhereInput, window: ListWindow): Promise<{ records: ActionRecord[]; counted: number }> {
  const [records, counted] = await Promise.all([
    db.action.findMany({ where, select: actionRowSelect, orderBy: dueOrder, ...window }),
    db.action.count({ where, take: boundedCountTake(window) }),
  ]);
  return { records, counted };
}

/** The title of the meeting a list is filtered on, if the reader may see it. */
export async function findMeetingTitle(actor: Actor, meetingId: string) {
  assertWorkspaceReader(actor);
  return db.meeting.findFirst({ where: { id: meetingId, visibility: { in: visibleLevels(actor) } }, select: { titleFr: true, titleEn: true } });
}
