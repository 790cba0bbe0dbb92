// Reading follow-up actions: those the reader may see, soonest due first.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { pageWindow, toListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, dayRange, todayAsDate, visibleLink } from "@/lib/lists/where";
import type { ActionListParams } from "./schema";

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

export async function findActions(actor: Actor, params: ActionListParams, window: ListWindow = pageWindow(params.page)): Promise<ListPage<ActionRow>> {
  assertWorkspaceReader(actor);
  const f = params.filters;
  const text = containsText(params.q);
  const dueBefore = f.dueBefore ? dayRange(undefined, f.dueBefore) : undefined;
  const where: Prisma.ActionWhereInput = {
    visibility: { in: visibleLevels(actor) },
    status: f.status,
    assigneeOrganisationId: f.organisation,
    dueOn: dueBefore,
    OR: text ? [{ title: text }, { description: text }] : undefined,
  };
  const [rows, total] = await Promise.all([
    db.action.findMany({ where, select: actionRowSelect, orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }], ...window }),
    db.action.count({ where }),
  ]);
  const today = todayAsDate();
  return toListPage(
    rows.map((row) => ({
      ...row,
      meeting: visibleLink(actor, row.meeting),
      overdue: (row.status === "OPEN" || row.status === "IN_PROGRESS") && row.dueOn !== null && row.dueOn < today,
    })),
    total,
    window,
  );
}
