// Reading letters, sent and received. A sent letter with a reply date and no reply the reader can
// see is awaiting a reply; past that date, it is overdue.
import "server-only";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { pageWindow, toListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, dayRange, todayAsDate, visibilityIn, visibleLink } from "@/lib/lists/where";
import type { LetterListParams } from "./schema";

const institutionLink = { select: { id: true, name: true, nameEn: true, acronym: true } } as const;

function awaitingReply(levels: Visibility[]): Prisma.LetterWhereInput {
  return { direction: "SENT", replyExpectedBy: { not: null }, replies: { none: { visibility: { in: levels } } } };
}

function letterListWhere(actor: NonNullable<Actor>, params: LetterListParams): Prisma.LetterWhereInput {
  const { filters: f, q } = params;
  const levels = visibleLevels(actor);
  const text = containsText(q);
  return {
    visibility: visibilityIn(levels, f.visibility),
    direction: f.direction,
    date: dayRange(f.from, f.to),
    campaignId: f.campaign,
    AND: [
      f.institution ? { OR: [{ senderInstitutionId: f.institution }, { recipients: { some: { institutionId: f.institution } } }] } : {},
      f.awaiting ? awaitingReply(levels) : {},
      text ? { OR: [{ subjectFr: text }, { subjectEn: text }, { senderName: text }] } : {},
    ],
  };
}

function letterRowSelect(levels: Visibility[]) {
  return {
    id: true,
    date: true,
    direction: true,
    subjectFr: true,
    subjectEn: true,
    senderName: true,
    senderOrganisation: { select: { id: true, name: true, acronym: true } },
    senderInstitution: institutionLink,
    recipients: {
      select: {
        id: true,
        institution: institutionLink,
        organisation: { select: { id: true, name: true, acronym: true } },
        position: { select: { title: true, titleEn: true, person: { select: { id: true, firstName: true, lastName: true } } } },
      },
      orderBy: { id: "asc" },
    },
    replyExpectedBy: true,
    visibility: true,
    _count: { select: { replies: { where: { visibility: { in: levels } } } } },
  } satisfies Prisma.LetterSelect;
}

type LetterRecord = Prisma.LetterGetPayload<{ select: ReturnType<typeof letterRowSelect> }>;
export type LetterRow = Omit<LetterRecord, "_count"> & { replyCount: number; awaitingReply: boolean; overdue: boolean };

function withReplyState<T extends LetterRecord>(letter: T, today: Date): Omit<T, "_count"> & { replyCount: number; awaitingReply: boolean; overdue: boolean } {
  const { _count, ...rest } = letter;
  const awaiting = letter.direction === "SENT" && letter.replyExpectedBy !== null && _count.replies === 0;
  return { ...rest, replyCount: _count.replies, awaitingReply: awaiting, overdue: awaiting && letter.replyExpectedBy! < today };
}

export async function findLetters(actor: Actor, params: LetterListParams, window: ListWindow = pageWindow(params.page)): Promise<ListPage<LetterRow>> {
  assertWorkspaceReader(actor);
  const where = letterListWhere(actor, params);
  const [rows, total] = await Promise.all([
    db.letter.findMany({ where, select: letterRowSelect(visibleLevels(actor)), orderBy: [{ date: "desc" }, { id: "desc" }], ...window }),
    db.letter.count({ where }),
  ]);
  const today = todayAsDate();
  return toListPage(
    rows.map((row) => withReplyState(row, today)),
    total,
    window,
  );
}

export async function getLetter(actor: Actor, letterId: string) {
  assertWorkspaceReader(actor);
  const levels = visibleLevels(actor);
  const visible = { in: levels };
  const letterLink = { select: { id: true, subjectFr: true, subjectEn: true, date: true, direction: true } } as const;
  const record = await db.letter.findFirst({
    where: { id: letterId, visibility: visible },
    select: {
      ...letterRowSelect(levels),
      summaryFr: true,
      summaryEn: true,
      campaign: { select: { id: true, nameFr: true, nameEn: true, visibility: true } },
      inReplyTo: { select: { ...letterLink.select, visibility: true } },
      replies: { where: { visibility: visible }, orderBy: [{ date: "asc" }, { id: "asc" }], ...letterLink },
      demands: {
        where: { demand: { visibility: visible } },
        select: { demand: { select: { id: true, titleFr: true, titleEn: true, status: true } } },
        orderBy: { demand: { titleFr: "asc" } },
      },
      followUpMeetings: {
        where: { visibility: visible },
        select: { id: true, titleFr: true, titleEn: true, startsAt: true },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      },
      documents: {
        where: { visibility: visible },
        select: { id: true, titleFr: true, titleEn: true, kind: true, fileName: true, mimeType: true, sizeBytes: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!record) return null;
  const letter = {
    ...withReplyState(record, todayAsDate()),
    campaign: visibleLink(actor, record.campaign),
    inReplyTo: visibleLink(actor, record.inReplyTo),
  };
  if (!can(actor, "read:confidential-notes")) return letter;
  const notes = await db.letter.findUnique({ where: { id: letterId }, select: { confidentialNotes: true } });
  return { ...letter, confidentialNotes: notes?.confidentialNotes ?? null };
}

export type LetterDetail = NonNullable<Awaited<ReturnType<typeof getLetter>>>;
