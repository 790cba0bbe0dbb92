// Reading follow-up actions: those the reader may see, soonest due first.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { boundedCountTake, pageWindow, toBoundedListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, dayRange, todayAsDate, visibleLink } from "@/lib/lists/where";
import { mergeInDueOrder } from "./due-order";
import type { ActionListParams, ActionView } from "./schema";

const actionRowSelect = {
  id: true,
  title: true,
  status: true,
  dueOn: true,
  visibility: true,
  assigneeOrganisation: { select: { id: true, name: true, acronym: true } },
  assigneeUser: { select: { id: true, name: true } },
  meeting: { select: { id: true, titleFr: true, titleEn: true, startsAt: true, visibility: true } },
} satisfies Prisma.ActionSelect;

type ActionRecord = Prisma.ActionGetPayload<{ select: typeof actionRowSelect }>;
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

const dueOrder = [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] satisfies Prisma.ActionOrderByWithRelationInput[];

/**
 * "Mine and my organisation's" as two reads that each follow an index in due order: the actions
 * assigned to me, and my organisation's that are not also mine. An `OR` over both assignees has no
 * index that gives its order: PostgreSQL would sort all of them (two thousand on the large data set)
 * for every page.
 */
function assignedBranches(actor: NonNullable<Actor>): Prisma.ActionWhereInput[] {
  const mine = { assigneeUserId: actor.id };
  if (!actor.organisationId) return [mine];
  return [mine, { assigneeOrganisationId: actor.organisationId, OR: [{ assigneeUserId: null }, { assigneeUserId: { not: actor.id } }] }];
}

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
  const where: Prisma.ActionWhereInput = { AND: [filters, assignedWhere(actor, view)] };
  // The count stops a thousand rows past the page (the coalition's whole history holds a hundred
  // thousand actions): the list then says "more than …" instead of reading every row to count them.
  const [records, counted] = await Promise.all([
    view === "assigned" ? findAssignedInDueOrder(actor, filters, window) : db.action.findMany({ where, select: actionRowSelect, orderBy: dueOrder, ...window }),
    db.action.count({ where, take: boundedCountTake(window) }),
  ]);
  const today = todayAsDate();
  return toBoundedListPage(
    records.map((row) => ({
      ...row,
      meeting: visibleLink(actor, row.meeting),
      overdue: (row.status === "OPEN" || row.status === "IN_PROGRESS") && row.dueOn !== null && row.dueOn < today,
    })),
    counted,
    window,
  );
}

/**
 * The window of "mine and my organisation's": each assignee's first skip + take actions in due
 * order, merged and cut to the window. The first page reads its rows whole (two statements); a
 * deeper page reads only ids and due dates up to its window, then its rows (three statements).
 */
async function findAssignedInDueOrder(actor: NonNullable<Actor>, filters: Prisma.ActionWhereInput, window: ListWindow): Promise<ActionRecord[]> {
  const branches = assignedBranches(actor);
  const upTo = window.skip + window.take;
  if (window.skip === 0) {
    const read = await Promise.all(
      branches.map((branch) => db.action.findMany({ where: { AND: [filters, branch] }, select: actionRowSelect, orderBy: dueOrder, take: upTo, relationLoadStrategy: window.relationLoadStrategy })),
    );
    return read.reduce((merged, rows) => mergeInDueOrder(merged, rows)).slice(0, upTo);
  }
  const keys = await Promise.all(
    branches.map((branch) => db.action.findMany({ where: { AND: [filters, branch] }, select: { id: true, dueOn: true }, orderBy: dueOrder, take: upTo })),
  );
  const ids = keys.reduce((merged, rows) => mergeInDueOrder(merged, rows)).slice(window.skip, upTo).map((key) => key.id);
  if (ids.length === 0) return [];
  const rows = await db.action.findMany({ where: { id: { in: ids } }, select: actionRowSelect, relationLoadStrategy: window.relationLoadStrategy });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The title of the meeting a list is filtered on, if the reader may see it. */
export async function findMeetingTitle(actor: Actor, meetingId: string) {
  assertWorkspaceReader(actor);
  return db.meeting.findFirst({ where: { id: meetingId, visibility: { in: visibleLevels(actor) } }, select: { titleFr: true, titleEn: true } });
}
