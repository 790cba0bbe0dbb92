import "server-only";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { readJsonDocument } from "@/lib/database/json-document";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assignedLists, DUE_ORDER } from "@/lib/actions/assigned";

const OPEN_STATUSES = ["OPEN", "IN_PROGRESS"] as const;
const DAY = 86_400_000;

/** Today as a calendar date (UTC midnight), the way `@db.Date` columns are stored. */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export type DashboardAction = {
  id: string;
  title: string;
  dueOn: Date | null;
  status: string;
  overdue: boolean;
  mine: boolean;
  organisationName: string | null;
  meeting: { id: string; titleFr: string; titleEn: string | null } | null;
};

type DashboardMeeting = { id: string; titleFr: string; titleEn: string | null; startsAt: Date; allDay: boolean; place: string | null; myOrganisationAttends: boolean };
type DashboardReport = { id: string; titleFr: string; titleEn: string | null; startsAt: Date; reportValidatedOn: Date | null };
type Dashboard = { actions: DashboardAction[]; meetings: DashboardMeeting[]; reports: DashboardReport[] };
const DASHBOARD_DATES = new Set(["dueOn", "startsAt", "reportValidatedOn"]);

/**
 * What every signed-in person sees first, in one statement whatever the data size: her open actions
 * and her organisation's (due order, overdue first), the next meetings she may see (those her
 * organisation is in the delegation of, marked), and the latest validated reports.
 *
 * Written by hand rather than as three Prisma queries: Prisma's query compiler compiled each of
 * them on every request, and each went out on a connection of its own; together that was about a
 * fifth of the page's server time (bench/README.md). It returns what those queries returned
 * (tests/integration/workspace-query-count.integration-test.ts compares them).
 */
export async function getDashboard(actor: Actor) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const levels = Prisma.join(visibleLevels(actor).map((level) => Prisma.sql`${level}::"Visibility"`));
  const now = new Date();
  const organisationId = actor.organisationId ?? null;
  const dashboard = await readJsonDocument<Dashboard>(
    Prisma.sql`SELECT json_build_object(
      'actions',
      (SELECT coalesce(json_agg(json_build_object(
          'id', a.id, 'title', a.title, 'dueOn', a."dueOn", 'status', a.status,
          'overdue', coalesce(a."dueOn" < ${today(now).toISOString().slice(0, 10)}::date, false),
          'mine', coalesce(a."assigneeUserId" = ${actor.id}, false),
          'organisationName', o.name,
          'meeting', CASE WHEN m.visibility IN (${levels}) THEN json_build_object('id', m.id, 'titleFr', m."titleFr", 'titleEn', m."titleEn") END
        ) ORDER BY a."dueOn" ASC NULLS LAST, a.id ASC), '[]')
       FROM (
         -- Her open actions and her organisation's, merged in due order from the actions list's index-ordered reads.
         SELECT * FROM (${Prisma.join(
           assignedLists(actor, [Prisma.sql`status IN ('OPEN', 'IN_PROGRESS')`]).map(
             (where) => Prisma.sql`(SELECT * FROM "Action" WHERE ${where} ORDER BY ${DUE_ORDER} LIMIT 25)`,
           ),
           " UNION ALL ",
         )}) AS assigned
         ORDER BY ${DUE_ORDER}
         LIMIT 25
       ) a
       LEFT JOIN "Organisation" o ON o.id = a."assigneeOrganisationId"
       LEFT JOIN "Meeting" m ON m.id = a."meetingId"),
      'meetings',
      (SELECT coalesce(json_agg(json_build_object(
          'id', m.id, 'titleFr', m."titleFr", 'titleEn', m."titleEn", 'startsAt', m."startsAt", 'allDay', m."allDay", 'place', m.place,
          'myOrganisationAttends', EXISTS (SELECT 1 FROM "MeetingDelegation" d WHERE d."meetingId" = m.id AND d."organisationId" = ${organisationId})
        ) ORDER BY m."startsAt" ASC, m.id ASC), '[]')
       FROM (
         SELECT * FROM "Meeting"
         WHERE "startsAt" >= ${now} AND status <> 'CANCELLED' AND visibility IN (${levels})
         ORDER BY "startsAt" ASC, id ASC
         LIMIT 10
       ) m),
      'reports',
      (SELECT coalesce(json_agg(json_build_object(
          'id', m.id, 'titleFr', m."titleFr", 'titleEn', m."titleEn", 'startsAt', m."startsAt", 'reportValidatedOn', m."reportValidatedOn"
        ) ORDER BY m."reportValidatedOn" DESC, m."startsAt" DESC, m.id DESC), '[]')
       FROM (
         -- A validated report has its validation date; asking for it lets the index give the order.
         SELECT * FROM "Meeting"
         WHERE "reportStatus" = 'VALIDATED' AND "reportValidatedOn" IS NOT NULL AND visibility IN (${levels})
         ORDER BY "reportValidatedOn" DESC, "startsAt" DESC, id DESC
         LIMIT 5
       ) m)) AS document`,
    DASHBOARD_DATES,
  );
  return dashboard!;
}

/** The coordinator's watch list: what is late, and which observers' year is ending. */
export async function getCoordinationWatch(actor: Actor) {
  if (!can(actor, "read:dashboard:coordination")) throw new AppError("FORBIDDEN");
  const day = today();
  const [commitments, letters, overdueByOrganisation, observers, recentlyDone] = await Promise.all([
    db.commitment.findMany({
      where: { status: "PENDING", dueOn: { lt: day } },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: 20,
      select: {
        id: true,
        descriptionFr: true,
        dueOn: true,
        demand: { select: { id: true, titleFr: true } },
        promisedByPerson: { select: { firstName: true, lastName: true } },
      },
    }),
    db.letter.findMany({
      where: { direction: "SENT", replyExpectedBy: { lt: day }, replies: { none: {} } },
      orderBy: [{ replyExpectedBy: "asc" }, { id: "asc" }],
      take: 20,
      select: { id: true, subjectFr: true, date: true, replyExpectedBy: true },
    }),
    db.action.groupBy({
      by: ["assigneeOrganisationId"],
      where: { status: { in: [...OPEN_STATUSES] }, dueOn: { lt: day }, assigneeOrganisationId: { not: null } },
      _count: { _all: true },
    }),
    db.organisation.findMany({
      where: { status: "OBSERVER" },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        membershipEvents: { where: { kind: "OBSERVER_SINCE" }, orderBy: { date: "desc" }, take: 1, select: { date: true } },
      },
    }),
    // What members closed lately, with their note: the coordination sees the work done.
    db.actionStatusChange.findMany({
      where: { toStatus: "DONE", action: { status: "DONE" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: {
        id: true,
        note: true,
        createdAt: true,
        changedBy: { select: { name: true } },
        action: { select: { id: true, title: true, assigneeOrganisation: { select: { name: true } } } },
      },
    }),
  ]);
  const organisationNames = new Map(
    (
      await db.organisation.findMany({
        where: { id: { in: overdueByOrganisation.map((row) => row.assigneeOrganisationId!) } },
        select: { id: true, name: true },
      })
    ).map((organisation) => [organisation.id, organisation.name]),
  );
  const horizon = new Date(day.getTime() + 60 * DAY);
  return {
    commitments,
    letters,
    recentlyDone,
    overdueByOrganisation: overdueByOrganisation
      .map((row) => ({
        organisationId: row.assigneeOrganisationId!,
        name: organisationNames.get(row.assigneeOrganisationId!) ?? "",
        count: row._count._all,
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    observersDue: observers
      .map((organisation) => {
        const since = organisation.membershipEvents[0]?.date ?? null;
        const voteDue = since ? new Date(Date.UTC(since.getUTCFullYear() + 1, since.getUTCMonth(), since.getUTCDate())) : null;
        return { id: organisation.id, name: organisation.name, since, voteDue };
      })
      // Within 60 days, or already past and still waiting for the vote.
      .filter((organisation) => organisation.voteDue && organisation.voteDue <= horizon),
  };
}
