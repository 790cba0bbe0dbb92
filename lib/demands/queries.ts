// Reading demands: the list, and a demand's whole life (status history, commitments, where it was
// raised). Scoped by what the actor may see, down to each linked meeting and letter.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { readJsonDocument } from "@/lib/database/json-document";
import { Prisma } from "@/lib/generated/prisma/client";
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
  themes: { select: { theme: { select: { id: true, nameFr: true, nameEn: true } } }, orderBy: [{ theme: { nameFr: "asc" } }, { themeId: "asc" }] },
  targets: {
    select: { institution: { select: { id: true, name: true, nameEn: true, acronym: true } } },
    orderBy: [{ institution: { name: "asc" } }, { institutionId: "asc" }],
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

/** What a demand's page reads, as Prisma would select it: its type is the page's, and the tests' reference query. */
export function demandDetailSelect(actor: NonNullable<Actor>) {
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
        sourceStatement: { select: { id: true, titleFr: true, titleEn: true, date: true, visibility: true } },
        // An outside act, e.g. the published instruction: the source of the step that met the demand.
        sourceLabel: true,
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
      orderBy: [{ meeting: { startsAt: "asc" } }, { meetingId: "asc" }],
    },
    letters: {
      where: { letter: { visibility: visible } },
      select: { letter: { select: { id: true, subjectFr: true, subjectEn: true, date: true, direction: true } } },
      orderBy: [{ letter: { date: "asc" } }, { letterId: "asc" }],
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

const DEMAND_DATES = new Set(["statusDate", "raisedOn", "date", "startsAt", "promisedOn", "dueOn", "keptOn"]);

/**
 * A demand with its whole life, as `demandDetailSelect` describes it, in one statement built by
 * hand: the same rows Prisma's relation joins read, without Prisma's query compiler, which
 * compiled that nested query anew on every request (about a fifth of the page's server time,
 * bench/README.md). tests/integration/workspace-query-count.integration-test.ts compares the two.
 * Ties in an order are broken by id.
 */
function demandDocument(actor: NonNullable<Actor>, demandId: string): Prisma.Sql {
  const levels = visibleLevels(actor);
  return Prisma.sql`
    SELECT json_build_object(
      'id', d.id, 'titleFr', d."titleFr", 'titleEn', d."titleEn", 'status', d.status, 'statusDate', d."statusDate",
      'raisedOn', d."raisedOn", 'visibility', d.visibility, 'descriptionFr', d."descriptionFr", 'descriptionEn', d."descriptionEn",
      'themes', (
        SELECT coalesce(json_agg(json_build_object('theme', json_build_object('id', t.id, 'nameFr', t."nameFr", 'nameEn', t."nameEn"))
          ORDER BY t."nameFr", t.id), '[]')
        FROM "DemandTheme" dt JOIN "Theme" t ON t.id = dt."themeId" WHERE dt."demandId" = d.id),
      'targets', (
        SELECT coalesce(json_agg(json_build_object('institution', json_build_object('id', i.id, 'name', i.name, 'nameEn', i."nameEn", 'acronym', i.acronym))
          ORDER BY i.name, i.id), '[]')
        FROM "DemandTarget" dt JOIN "Institution" i ON i.id = dt."institutionId" WHERE dt."demandId" = d.id),
      'campaign', (
        SELECT json_build_object('id', c.id, 'nameFr', c."nameFr", 'nameEn', c."nameEn", 'visibility', c.visibility)
        FROM "Campaign" c WHERE c.id = d."campaignId"),
      'statusChanges', (
        SELECT coalesce(json_agg(json_build_object(
            'id', s.id, 'status', s.status, 'date', s.date, 'noteFr', s."noteFr", 'noteEn', s."noteEn",
            'sourceMeeting', CASE WHEN m.id IS NOT NULL THEN
              json_build_object('id', m.id, 'titleFr', m."titleFr", 'titleEn', m."titleEn", 'startsAt', m."startsAt", 'visibility', m.visibility) END,
            'sourceLetter', CASE WHEN l.id IS NOT NULL THEN
              json_build_object('id', l.id, 'subjectFr', l."subjectFr", 'subjectEn', l."subjectEn", 'date', l.date, 'visibility', l.visibility) END,
            'sourceStatement', CASE WHEN st.id IS NOT NULL THEN
              json_build_object('id', st.id, 'titleFr', st."titleFr", 'titleEn', st."titleEn", 'date', st.date, 'visibility', st.visibility) END,
            'sourceLabel', s."sourceLabel"
          ) ORDER BY s.date, s."createdAt", s.id), '[]')
        FROM "DemandStatusChange" s
          LEFT JOIN "Meeting" m ON m.id = s."sourceMeetingId"
          LEFT JOIN "Letter" l ON l.id = s."sourceLetterId"
          LEFT JOIN "Statement" st ON st.id = s."sourceStatementId"
        WHERE s."demandId" = d.id),
      'commitments', (
        SELECT coalesce(json_agg(json_build_object(
            'id', c.id, 'descriptionFr', c."descriptionFr", 'descriptionEn', c."descriptionEn", 'status', c.status,
            'promisedOn', c."promisedOn", 'dueOn', c."dueOn", 'keptOn', c."keptOn", 'note', c.note,
            'promisedByPerson', CASE WHEN p.id IS NOT NULL THEN json_build_object('id', p.id, 'firstName', p."firstName", 'lastName', p."lastName") END,
            'promisedByPosition', CASE WHEN po.id IS NOT NULL THEN json_build_object('title', po.title, 'titleEn', po."titleEn",
              'institution', json_build_object('id', i.id, 'name', i.name, 'nameEn', i."nameEn", 'acronym', i.acronym)) END
          ) ORDER BY c."promisedOn" ASC NULLS LAST, c.id), '[]')
        FROM "Commitment" c
          LEFT JOIN "Person" p ON p.id = c."promisedByPersonId"
          LEFT JOIN "Position" po ON po.id = c."promisedByPositionId"
          LEFT JOIN "Institution" i ON i.id = po."institutionId"
        WHERE c."demandId" = d.id AND c.visibility = ANY(${levels}::"Visibility"[])),
      'meetings', (
        SELECT coalesce(json_agg(json_build_object('note', md.note,
            'meeting', json_build_object('id', m.id, 'titleFr', m."titleFr", 'titleEn', m."titleEn", 'startsAt', m."startsAt"))
          ORDER BY m."startsAt", m.id), '[]')
        FROM "MeetingDemand" md JOIN "Meeting" m ON m.id = md."meetingId"
        WHERE md."demandId" = d.id AND m.visibility = ANY(${levels}::"Visibility"[])),
      'letters', (
        SELECT coalesce(json_agg(json_build_object(
            'letter', json_build_object('id', l.id, 'subjectFr', l."subjectFr", 'subjectEn', l."subjectEn", 'date', l.date, 'direction', l.direction))
          ORDER BY l.date, l.id), '[]')
        FROM "LetterDemand" ld JOIN "Letter" l ON l.id = ld."letterId"
        WHERE ld."demandId" = d.id AND l.visibility = ANY(${levels}::"Visibility"[]))
    ) AS document
    FROM "Demand" d
    WHERE d.id = ${demandId} AND d.visibility = ANY(${levels}::"Visibility"[])`;
}

/** A demand the actor may see, or null. */
export async function getDemand(actor: Actor, demandId: string): Promise<DemandDetail | null> {
  assertWorkspaceReader(actor);
  const record = await readJsonDocument<DemandRecord>(demandDocument(actor, demandId), DEMAND_DATES);
  if (!record) return null;
  return {
    ...record,
    campaign: visibleLink(actor, record.campaign),
    statusChanges: record.statusChanges.map((change) => ({
      ...change,
      sourceMeeting: visibleLink(actor, change.sourceMeeting),
      sourceLetter: visibleLink(actor, change.sourceLetter),
      sourceStatement: visibleLink(actor, change.sourceStatement),
    })),
    commitments: record.commitments.map((commitment) => ({ ...commitment, timing: commitmentTiming(commitment) })),
  };
}
