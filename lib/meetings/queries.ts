// Reading meetings. Every query is scoped by what the actor may see: a meeting they may not see
// does not exist for them. Confidential notes are read only for who may read them.
import "server-only";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { pageWindow, toListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, parisDayRange, visibilityIn, visibleLink } from "@/lib/lists/where";
import type { MeetingListParams } from "./schema";

function meetingListWhere(actor: NonNullable<Actor>, params: MeetingListParams): Prisma.MeetingWhereInput {
  const { filters: f, q } = params;
  const text = containsText(q);
  return {
    visibility: visibilityIn(visibleLevels(actor), f.visibility),
    startsAt: parisDayRange(f.from, f.to),
    kind: f.kind,
    status: f.status,
    campaignId: f.campaign,
    institutions: f.institution ? { some: { institutionId: f.institution } } : undefined,
    delegation: f.organisation ? { some: { organisationId: f.organisation } } : undefined,
    AND: [
      f.person
        ? { OR: [{ officials: { some: { position: { personId: f.person } } } }, { delegates: { some: { personId: f.person } } }] }
        : {},
      text ? { OR: [{ titleFr: text }, { titleEn: text }, { place: text }] } : {},
    ],
  };
}

const meetingRowSelect = {
  id: true,
  titleFr: true,
  titleEn: true,
  startsAt: true,
  place: true,
  kind: true,
  status: true,
  visibility: true,
  institutions: {
    select: { institution: { select: { id: true, name: true, nameEn: true, acronym: true } } },
    orderBy: { institution: { name: "asc" } },
  },
} satisfies Prisma.MeetingSelect;

export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingRowSelect }>;

/** One page of the meetings the actor may see, newest first; or, with EXPORT_WINDOW, all of them. */
export async function findMeetings(
  actor: Actor,
  params: MeetingListParams,
  window: ListWindow = pageWindow(params.page),
): Promise<ListPage<MeetingRow>> {
  assertWorkspaceReader(actor);
  const where = meetingListWhere(actor, params);
  const [rows, total] = await Promise.all([
    db.meeting.findMany({ where, select: meetingRowSelect, orderBy: [{ startsAt: "desc" }, { id: "desc" }], ...window }),
    db.meeting.count({ where }),
  ]);
  return toListPage(rows, total, window);
}

function meetingDetailSelect(actor: NonNullable<Actor>) {
  const visible = { in: visibleLevels(actor) };
  const meetingLink = { select: { id: true, titleFr: true, titleEn: true, startsAt: true, visibility: true } } as const;
  return {
    id: true,
    titleFr: true,
    titleEn: true,
    startsAt: true,
    endsAt: true,
    // A meeting known only to the day is shown without an hour; the version is what an edit carries.
    allDay: true,
    version: true,
    place: true,
    kind: true,
    status: true,
    visibility: true,
    agenda: true,
    report: true,
    reportStatus: true,
    reportValidatedOn: true,
    reportValidatedAt: meetingLink,
    summaryFr: true,
    summaryEn: true,
    followsLetter: { select: { id: true, subjectFr: true, subjectEn: true, date: true, visibility: true } },
    followsMeeting: meetingLink,
    followUpMeetings: { where: { visibility: visible }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], ...meetingLink },
    campaign: { select: { id: true, nameFr: true, nameEn: true, visibility: true } },
    institutions: {
      select: { institution: { select: { id: true, name: true, nameEn: true, acronym: true } } },
      orderBy: { institution: { name: "asc" } },
    },
    officials: {
      select: {
        position: {
          select: {
            id: true,
            title: true,
            titleEn: true,
            institution: { select: { id: true, name: true, nameEn: true, acronym: true } },
            person: { select: { id: true, firstName: true, lastName: true } },
          },
        },
      },
      orderBy: [{ position: { person: { lastName: "asc" } } }, { position: { person: { firstName: "asc" } } }],
    },
    delegation: {
      select: { organisation: { select: { id: true, name: true, acronym: true } } },
      orderBy: { organisation: { name: "asc" } },
    },
    delegates: {
      select: { person: { select: { id: true, firstName: true, lastName: true, organisationId: true } } },
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    },
    demands: {
      where: { demand: { visibility: visible } },
      select: { note: true, demand: { select: { id: true, titleFr: true, titleEn: true, status: true } } },
      orderBy: { demand: { titleFr: "asc" } },
    },
    actions: {
      where: { visibility: visible },
      select: {
        id: true,
        title: true,
        status: true,
        dueOn: true,
        assigneeOrganisation: { select: { id: true, name: true, acronym: true } },
        assigneeUser: { select: { name: true } },
      },
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    },
    documents: {
      where: { visibility: visible },
      select: { id: true, titleFr: true, titleEn: true, kind: true, fileName: true, mimeType: true, sizeBytes: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    },
  } satisfies Prisma.MeetingSelect;
}

type MeetingDetailRecord = Prisma.MeetingGetPayload<{ select: ReturnType<typeof meetingDetailSelect> }>;

export type MeetingDetail = Omit<MeetingDetailRecord, "delegation" | "delegates"> & {
  delegation: { organisation: { id: string; name: string; acronym: string | null }; people: MeetingDetailRecord["delegates"][number]["person"][] }[];
  /** Delegates who are not staff of an organisation of the delegation. */
  otherDelegates: MeetingDetailRecord["delegates"][number]["person"][];
  /** Present only for who may read confidential notes. */
  confidentialNotes?: string | null;
};

/** A meeting the actor may see, or null: "not yours" is "not found". */
export async function getMeeting(actor: Actor, meetingId: string): Promise<MeetingDetail | null> {
  assertWorkspaceReader(actor);
  const record = await db.meeting.findFirst({
    where: { id: meetingId, visibility: { in: visibleLevels(actor) } },
    select: meetingDetailSelect(actor),
  });
  if (!record) return null;
  const { delegation, delegates, ...meeting } = record;
  const detail: MeetingDetail = {
    ...meeting,
    reportValidatedAt: visibleLink(actor, meeting.reportValidatedAt),
    followsLetter: visibleLink(actor, meeting.followsLetter),
    followsMeeting: visibleLink(actor, meeting.followsMeeting),
    campaign: visibleLink(actor, meeting.campaign),
    delegation: delegation.map(({ organisation }) => ({
      organisation,
      people: delegates.map((d) => d.person).filter((person) => person.organisationId === organisation.id),
    })),
    otherDelegates: delegates
      .map((d) => d.person)
      .filter((person) => !delegation.some(({ organisation }) => organisation.id === person.organisationId)),
  };
  if (can(actor, "read:confidential-notes")) {
    const notes = await db.meeting.findUnique({ where: { id: meetingId }, select: { confidentialNotes: true } });
    detail.confidentialNotes = notes?.confidentialNotes ?? null;
  }
  return detail;
}
