// Reading people: officials with their positions over time, and staff of the organisations.
// A person's notes are not read here. The meetings on a person's page are scoped by visibility.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { pageWindow, toListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText } from "@/lib/lists/where";
import type { PersonListParams } from "./schema";

const MEETINGS_SHOWN = 100;

const institutionLink = { select: { id: true, name: true, nameEn: true, acronym: true } } as const;

const personRowSelect = {
  id: true,
  firstName: true,
  lastName: true,
  organisation: { select: { id: true, name: true, acronym: true } },
  // The latest position still held, if any.
  positions: {
    where: { endDate: null },
    select: { id: true, title: true, titleEn: true, institution: institutionLink },
    orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: 1,
  },
} satisfies Prisma.PersonSelect;

export type PersonRow = Prisma.PersonGetPayload<{ select: typeof personRowSelect }>;

export async function findPeople(actor: Actor, params: PersonListParams, window: ListWindow = pageWindow(params.page)): Promise<ListPage<PersonRow>> {
  assertWorkspaceReader(actor);
  const f = params.filters;
  // Every word must match the first or the last name: "camille durand" finds Camille Durand.
  const words = params.q.split(/\s+/).filter(Boolean).slice(0, 5);
  const where: Prisma.PersonWhereInput = {
    organisationId: f.organisation,
    positions: f.institution ? { some: { institutionId: f.institution } } : undefined,
    AND: words.map((word) => ({ OR: [{ firstName: containsText(word) }, { lastName: containsText(word) }] })),
  };
  const [rows, total] = await Promise.all([
    db.person.findMany({ where, select: personRowSelect, orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }], ...window }),
    db.person.count({ where }),
  ]);
  return toListPage(rows, total, window);
}

export async function getPerson(actor: Actor, personId: string) {
  assertWorkspaceReader(actor);
  const visible = { in: visibleLevels(actor) };
  const meetingSelect = { select: { id: true, titleFr: true, titleEn: true, startsAt: true } } as const;
  const record = await db.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      organisation: { select: { id: true, name: true, acronym: true } },
      positions: {
        select: {
          id: true,
          title: true,
          titleEn: true,
          startDate: true,
          endDate: true,
          institution: institutionLink,
          meetings: {
            where: { meeting: { visibility: visible } },
            select: { meeting: meetingSelect },
            orderBy: { meeting: { startsAt: "desc" } },
            take: MEETINGS_SHOWN,
          },
        },
        orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      },
      meetingDelegates: {
        where: { meeting: { visibility: visible } },
        select: { meeting: meetingSelect },
        orderBy: { meeting: { startsAt: "desc" } },
        take: MEETINGS_SHOWN,
      },
    },
  });
  if (!record) return null;
  const { positions, meetingDelegates, ...person } = record;
  // Every meeting attended, as an official (with the title held that day) or as a delegate.
  const meetings = [
    ...positions.flatMap((position) =>
      position.meetings.map(({ meeting }) => ({ meeting, as: "official" as const, title: position.title, titleEn: position.titleEn })),
    ),
    ...meetingDelegates.map(({ meeting }) => ({ meeting, as: "delegate" as const, title: null, titleEn: null })),
  ].sort((a, b) => b.meeting.startsAt.getTime() - a.meeting.startsAt.getTime() || a.meeting.id.localeCompare(b.meeting.id));
  return { ...person, positions: positions.map(({ meetings: _m, ...position }) => position), meetings };
}

export type PersonDetail = NonNullable<Awaited<ReturnType<typeof getPerson>>>;
