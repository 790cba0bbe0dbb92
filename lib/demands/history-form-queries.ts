// What the status-change and commitment forms offer to pick from: the sources and officials
// related to the demand (the meetings and letters that carry it, those with the institutions it
// targets, the one preselected from a meeting or letter page), and the sources a new demand's
// first step may cite; bounded so the forms stay small however long the coalition's history grows.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { institutionName } from "@/lib/institutions/name";
import { personName } from "@/lib/people/name";
import { editableCommitmentSelect, editableStepSelect } from "./history-fields";

const RECENT = 40;

/** A record's own sources and official, offered by its edit form whether or not they are among the recent ones. */
export type DemandFormSelection = { meetingId?: string | null; letterId?: string | null; statementId?: string | null; positionId?: string | null };

/** The list with the selected record first when it holds it not; the selection is dropped when it does not exist. */
async function including<T extends { id: string }>(list: T[], id: string | null | undefined, find: (id: string) => Promise<T | null>): Promise<{ list: T[]; found: boolean }> {
  if (!id) return { list, found: false };
  if (list.some((item) => item.id === id)) return { list, found: true };
  const extra = await find(id);
  return extra ? { list: [extra, ...list], found: true } : { list, found: false };
}

const meetingSelect = { id: true, titleFr: true, titleEn: true, startsAt: true } as const;
const letterSelect = { id: true, subjectFr: true, subjectEn: true, date: true } as const;
const statementSelect = { id: true, titleFr: true, titleEn: true, date: true } as const;
const positionSelect = {
  id: true,
  title: true,
  startDate: true,
  endDate: true,
  person: { select: { firstName: true, lastName: true } },
  institution: { select: { name: true, nameEn: true } },
} as const;

type Recent = {
  meetings: { id: string; titleFr: string; titleEn: string | null; startsAt: Date }[];
  letters: { id: string; subjectFr: string; subjectEn: string | null; date: Date }[];
  statements: { id: string; titleFr: string; titleEn: string | null; date: Date }[];
};

/**
 * The sources a step may cite, as the form's choices: the recent ones found, and the selected ones
 * (preselected, or the record's own) even beyond them; a selection that does not exist is dropped.
 */
async function offeredSources(recent: Recent, selection: DemandFormSelection, locale: Locale) {
  const [meetings, letters, statements] = await Promise.all([
    including(recent.meetings, selection.meetingId, (id) => db.meeting.findUnique({ where: { id }, select: meetingSelect })),
    including(recent.letters, selection.letterId, (id) => db.letter.findUnique({ where: { id }, select: letterSelect })),
    including(recent.statements, selection.statementId, (id) => db.statement.findUnique({ where: { id }, select: statementSelect })),
  ]);
  const title = (fr: string, en: string | null) => (locale === "en" && en) || fr;
  return {
    meetings: meetings.list.map((m) => ({ value: m.id, label: `${formatDate(m.startsAt, locale)} · ${title(m.titleFr, m.titleEn)}` })),
    letters: letters.list.map((l) => ({ value: l.id, label: `${formatDate(l.date, locale)} · ${title(l.subjectFr, l.subjectEn)}` })),
    statements: statements.list.map((s) => ({ value: s.id, label: `${formatDate(s.date, locale)} · ${title(s.titleFr, s.titleEn)}` })),
    preselected: {
      meetingId: (meetings.found && selection.meetingId) || undefined,
      letterId: (letters.found && selection.letterId) || undefined,
    },
  };
}

export async function getDemandFormContext(actor: Actor, demandId: string, preselected: DemandFormSelection, locale: Locale) {
  if (!actor || !can(actor, "manage:demands")) return null;
  const demand = await db.demand.findUnique({
    where: { id: demandId },
    select: { id: true, titleFr: true, titleEn: true, version: true, visibility: true, campaignId: true, status: true, targets: { select: { institutionId: true } } },
  });
  if (!demand) return null;
  const institutionIds = demand.targets.map((target) => target.institutionId);
  const byDemandOrTarget = (meetingOrLetterIds: string | null | undefined) => (meetingOrLetterIds ? [{ id: meetingOrLetterIds }] : []);
  const [recentMeetings, recentLetters, recentStatements, recentPositions] = await Promise.all([
    db.meeting.findMany({
      where: {
        OR: [
          { demands: { some: { demandId } } },
          { institutions: { some: { institutionId: { in: institutionIds } } } },
          ...byDemandOrTarget(preselected.meetingId),
        ],
      },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: RECENT,
      select: meetingSelect,
    }),
    db.letter.findMany({
      where: {
        OR: [
          { demands: { some: { demandId } } },
          { recipients: { some: { institutionId: { in: institutionIds } } } },
          { senderInstitutionId: { in: institutionIds } },
          ...byDemandOrTarget(preselected.letterId),
        ],
      },
      orderBy: [{ date: "desc" }, { id: "asc" }],
      take: RECENT,
      select: letterSelect,
    }),
    db.statement.findMany({
      where: demand.campaignId ? { campaignId: demand.campaignId } : {},
      orderBy: [{ date: "desc" }, { id: "asc" }],
      take: RECENT,
      select: statementSelect,
    }),
    db.position.findMany({
      where: {
        OR: [
          { institutionId: { in: institutionIds } },
          ...(preselected.meetingId ? [{ meetings: { some: { meetingId: preselected.meetingId } } }] : []),
        ],
      },
      orderBy: [{ person: { lastName: "asc" } }, { startDate: "asc" }, { id: "asc" }],
      take: 200,
      select: positionSelect,
    }),
  ]);
  // The preselected source (and, in an edit form, the record's own official) is always offered,
  // even beyond the most recent ones.
  const [sources, positions] = await Promise.all([
    offeredSources({ meetings: recentMeetings, letters: recentLetters, statements: recentStatements }, preselected, locale),
    including(recentPositions, preselected.positionId, (id) => db.position.findUnique({ where: { id }, select: positionSelect })),
  ]);
  const span = (start: Date | null, end: Date | null) => `${start ? formatDate(start, locale) : "…"} – ${end ? formatDate(end, locale) : "…"}`;
  return {
    demand,
    ...sources,
    positions: positions.list.map((p) => ({
      value: p.id,
      label: `${personName(p.person)} — ${p.title}, ${institutionName(locale, p.institution)} (${span(p.startDate, p.endDate)})`,
    })),
  };
}

/**
 * The sources a new demand's first step may cite: it targets nothing yet, so the most recent
 * meetings, letters and statements, and the meeting or letter it is created from (`?meetingId=`).
 */
export async function findNewDemandSources(actor: Actor, preselected: DemandFormSelection, locale: Locale) {
  if (!actor || !can(actor, "manage:demands")) return null;
  const [meetings, letters, statements] = await Promise.all([
    db.meeting.findMany({ orderBy: [{ startsAt: "desc" }, { id: "asc" }], take: RECENT, select: meetingSelect }),
    db.letter.findMany({ orderBy: [{ date: "desc" }, { id: "asc" }], take: RECENT, select: letterSelect }),
    db.statement.findMany({ orderBy: [{ date: "desc" }, { id: "asc" }], take: RECENT, select: statementSelect }),
  ]);
  return offeredSources({ meetings, letters, statements }, preselected, locale);
}

/** A step of the demand as its edit form shows it, for a coordinator; null otherwise. */
export async function getDemandStatusChangeForEdit(actor: Actor, demandId: string, changeId: string) {
  if (!actor || !can(actor, "manage:demands")) return null;
  return db.demandStatusChange.findFirst({ where: { id: changeId, demandId }, select: { id: true, version: true, ...editableStepSelect } });
}

/** A commitment about the demand as its edit form shows it, for a coordinator; null otherwise. */
export async function getCommitmentForEdit(actor: Actor, demandId: string, commitmentId: string) {
  if (!actor || !can(actor, "manage:demands")) return null;
  return db.commitment.findFirst({ where: { id: commitmentId, demandId }, select: { id: true, version: true, ...editableCommitmentSelect } });
}
