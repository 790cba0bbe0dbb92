// Reading institutions: reference data every reader of the workspace may see. The meetings listed
// on an institution's page are scoped by what the reader may see.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { pageWindow, toListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, todayAsDate } from "@/lib/lists/where";
import type { InstitutionListParams } from "./schema";

export const RECENT_MEETINGS = 20;
const POSITIONS_SHOWN = 300;

const institutionRowSelect = {
  id: true,
  name: true,
  nameEn: true,
  acronym: true,
  kind: true,
  endedOn: true,
  successor: { select: { id: true, name: true, nameEn: true, acronym: true } },
} satisfies Prisma.InstitutionSelect;

export type InstitutionRow = Prisma.InstitutionGetPayload<{ select: typeof institutionRowSelect }>;

export async function findInstitutions(
  actor: Actor,
  params: InstitutionListParams,
  window: ListWindow = pageWindow(params.page),
): Promise<ListPage<InstitutionRow>> {
  assertWorkspaceReader(actor);
  const text = containsText(params.q);
  const where: Prisma.InstitutionWhereInput = {
    kind: params.filters.kind,
    OR: text ? [{ name: text }, { nameEn: text }, { acronym: text }] : undefined,
  };
  const [rows, total] = await Promise.all([
    db.institution.findMany({ where, select: institutionRowSelect, orderBy: [{ name: "asc" }, { id: "asc" }], ...window }),
    db.institution.count({ where }),
  ]);
  return toListPage(rows, total, window);
}

export async function getInstitution(actor: Actor, institutionId: string) {
  assertWorkspaceReader(actor);
  const visible = { in: visibleLevels(actor) };
  const record = await db.institution.findUnique({
    where: { id: institutionId },
    select: {
      ...institutionRowSelect,
      address: true,
      website: true,
      predecessors: { select: { id: true, name: true, nameEn: true, acronym: true, endedOn: true }, orderBy: [{ name: "asc" }, { id: "asc" }] },
      positions: {
        select: {
          id: true,
          title: true,
          titleEn: true,
          startDate: true,
          endDate: true,
          person: { select: { id: true, firstName: true, lastName: true } },
        },
        orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        take: POSITIONS_SHOWN,
      },
      meetings: {
        where: { meeting: { visibility: visible } },
        select: { meeting: { select: { id: true, titleFr: true, titleEn: true, startsAt: true } } },
        orderBy: { meeting: { startsAt: "desc" } },
        take: RECENT_MEETINGS,
      },
      _count: { select: { meetings: { where: { meeting: { visibility: visible } } } } },
    },
  });
  if (!record) return null;
  const today = todayAsDate();
  const { positions, ...institution } = record;
  return {
    ...institution,
    currentPositions: positions.filter((p) => !p.endDate || p.endDate >= today),
    pastPositions: positions.filter((p) => p.endDate && p.endDate < today),
  };
}

export type InstitutionDetail = NonNullable<Awaited<ReturnType<typeof getInstitution>>>;
