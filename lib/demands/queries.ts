// Reading demands: the list, and a demand's whole life (status history, commitments, where it was
// raised). Scoped by what the actor may see, down to each linked meeting and letter.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { pageWindow, toListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, daysBetween, todayAsDate, visibilityIn, visibleLink } from "@/lib/lists/where";
import type { DemandListParams } from "./schema";

function demandListWhere(actor: NonNullable<Actor>, params: DemandListParams): Prisma.DemandWhereInput {
  const { filters: f, q } = params;
  const text = containsText(q);
  return {
    visibility: visibilityIn(visibleLevels(actor), f.visibility),
    status: f.status,
    campaignId: f.campaign,
    themes: f.theme ? { some: { themeId: f.theme } } : undefined,
    targets: f.institution ? { some: { institutionId: f.institution } } : undefined,
    OR: text ? [{ titleFr: text }, { titleEn: text }] : undefined,
  };
}

const demandRowSelect = {
  id: true,
  titleFr: true,
  titleEn: true,
  status: true,
  statusDate: true,
  raisedOn: true,
  visibility: true,
  themes: { select: { theme: { select: { id: true, nameFr: true, nameEn: true } } }, orderBy: { theme: { nameFr: "asc" } } },
  targets: {
    select: { institution: { select: { id: true, name: true, nameEn: true, acronym: true } } },
    orderBy: { institution: { name: "asc" } },
  },
} satisfies Prisma.DemandSelect;

export type DemandRow = Prisma.DemandGetPayload<{ select: typeof demandRowSelect }>;

/** The demands the actor may see, the most recently changed first. */
export async function findDemands(actor: Actor, params: DemandListParams, window: ListWindow = pageWindow(params.page)): Promise<ListPage<DemandRow>> {
  assertWorkspaceReader(actor);
  const where = demandListWhere(actor, params);
  const [rows, total] = await Promise.all([
    db.demand.findMany({ where, select: demandRowSelect, orderBy: [{ statusDate: "desc" }, { id: "desc" }], ...window }),
    db.demand.count({ where }),
  ]);
  return toListPage(rows, total, window);
}

function demandDetailSelect(actor: NonNullable<Actor>) {
  const visible = { in: visibleLevels(actor) };
  return {
    ...demandRowSelect,
    descriptionFr: true,
    descriptionEn: true,
    campaign: { select: { id: true, nameFr: true, nameEn: true, visibility: true } },
    statusChanges: {
      select: {
        id: true,
        status: true,
        date: true,
        noteFr: true,
        noteEn: true,
        sourceMeeting: { select: { id: true, titleFr: true, titleEn: true, startsAt: true, visibility: true } },
        sourceLetter: { select: { id: true, subjectFr: true, subjectEn: true, date: true, visibility: true } },
      },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    },
    commitments: {
      where: { visibility: visible },
      select: {
        id: true,
        descriptionFr: true,
        descriptionEn: true,
        status: true,
        promisedOn: true,
        dueOn: true,
        keptOn: true,
        note: true,
        promisedByPerson: { select: { id: true, firstName: true, lastName: true } },
        promisedByPosition: {
          select: { title: true, titleEn: true, institution: { select: { id: true, name: true, nameEn: true, acronym: true } } },
        },
      },
      orderBy: [{ promisedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    },
    meetings: {
      where: { meeting: { visibility: visible } },
      select: { note: true, meeting: { select: { id: true, titleFr: true, titleEn: true, startsAt: true } } },
      orderBy: { meeting: { startsAt: "asc" } },
    },
    letters: {
      where: { letter: { visibility: visible } },
      select: { letter: { select: { id: true, subjectFr: true, subjectEn: true, date: true, direction: true } } },
      orderBy: { letter: { date: "asc" } },
    },
  } satisfies Prisma.DemandSelect;
}

type DemandRecord = Prisma.DemandGetPayload<{ select: ReturnType<typeof demandDetailSelect> }>;

export type CommitmentTiming =
  | { kind: "kept-on-time" }
  | { kind: "kept-late"; days: number }
  | { kind: "overdue"; days: number }
  | { kind: "pending" }
  | { kind: "none" };

export type DemandDetail = Omit<DemandRecord, "commitments"> & {
  commitments: (DemandRecord["commitments"][number] & { timing: CommitmentTiming })[];
};

/** Whether a promise was kept in time, late by how many days, or is overdue today. */
export function commitmentTiming(commitment: { status: string; dueOn: Date | null; keptOn: Date | null }, today = todayAsDate()): CommitmentTiming {
  if (commitment.keptOn) {
    if (!commitment.dueOn) return { kind: "kept-on-time" };
    const late = daysBetween(commitment.dueOn, commitment.keptOn);
    return late > 0 ? { kind: "kept-late", days: late } : { kind: "kept-on-time" };
  }
  if (commitment.status === "PENDING" && commitment.dueOn) {
    const overdue = daysBetween(commitment.dueOn, today);
    return overdue > 0 ? { kind: "overdue", days: overdue } : { kind: "pending" };
  }
  return { kind: "none" };
}

/** A demand the actor may see, or null. */
export async function getDemand(actor: Actor, demandId: string): Promise<DemandDetail | null> {
  assertWorkspaceReader(actor);
  const record = await db.demand.findFirst({ where: { id: demandId, visibility: { in: visibleLevels(actor) } }, select: demandDetailSelect(actor) });
  if (!record) return null;
  return {
    ...record,
    campaign: visibleLink(actor, record.campaign),
    statusChanges: record.statusChanges.map((change) => ({
      ...change,
      sourceMeeting: visibleLink(actor, change.sourceMeeting),
      sourceLetter: visibleLink(actor, change.sourceLetter),
    })),
    commitments: record.commitments.map((commitment) => ({ ...commitment, timing: commitmentTiming(commitment) })),
  };
}
