// Reading the Collective's organisations. They are no secret to its members; the meetings listed on
// an organisation's page are scoped by what the reader may see.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { pageWindow, toListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, visibleLink } from "@/lib/lists/where";
import type { OrganisationListParams } from "./schema";

/** How many of an organisation's meetings its page shows; the rest are one link away. */
export const RECENT_MEETINGS = 20;

const organisationRowSelect = {
  id: true,
  name: true,
  acronym: true,
  status: true,
  website: true,
  _count: { select: { people: true } },
} satisfies Prisma.OrganisationSelect;

export type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof organisationRowSelect }>;

export async function findOrganisations(
  actor: Actor,
  params: OrganisationListParams,
  window: ListWindow = pageWindow(params.page),
): Promise<ListPage<OrganisationRow>> {
  assertWorkspaceReader(actor);
  const text = containsText(params.q);
  const where: Prisma.OrganisationWhereInput = {
    status: params.filters.status,
    OR: text ? [{ name: text }, { acronym: text }] : undefined,
  };
  const [rows, total] = await Promise.all([
    db.organisation.findMany({ where, select: organisationRowSelect, orderBy: [{ name: "asc" }, { id: "asc" }], ...window }),
    db.organisation.count({ where }),
  ]);
  return toListPage(rows, total, window);
}

export async function getOrganisation(actor: Actor, organisationId: string) {
  assertWorkspaceReader(actor);
  const visible = { in: visibleLevels(actor) };
  const record = await db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      ...organisationRowSelect,
      publicContact: true,
      descriptionFr: true,
      descriptionEn: true,
      membershipEvents: {
        select: {
          id: true,
          kind: true,
          date: true,
          voteResult: true,
          note: true,
          meeting: { select: { id: true, titleFr: true, titleEn: true, startsAt: true, visibility: true } },
        },
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      },
      people: { select: { id: true, firstName: true, lastName: true }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }] },
      meetingDelegation: {
        where: { meeting: { visibility: visible } },
        select: { meeting: { select: { id: true, titleFr: true, titleEn: true, startsAt: true } } },
        orderBy: { meeting: { startsAt: "desc" } },
        take: RECENT_MEETINGS,
      },
      _count: { select: { people: true, meetingDelegation: { where: { meeting: { visibility: visible } } } } },
    },
  });
  if (!record) return null;
  return {
    ...record,
    membershipEvents: record.membershipEvents.map((event) => ({ ...event, meeting: visibleLink(actor, event.meeting) })),
  };
}

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof getOrganisation>>>;
