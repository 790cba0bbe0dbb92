import "server-only";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { readJsonDocument } from "@/lib/database/json-document";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assignedLists, DUE_ORDER } from "@/lib/actions/assigned";
import { todayAsDate } from "@/lib/lists/where";

const DAY = 86_400_000;

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
  const levels = visibleLevels(actor);
  const now = new Date();
  const organisationId = actor.organisationId ?? null;
  const dashboard = await readJsonDocument<Dashboard>(
    Prisma.sql`SELECT json_build_object(
      'actions',
      (SELECT coalesce(json_agg(json_build_object(
          'id', a.id, 'title', a.title, 'dueOn', a."dueOn", 'status', a.status,
          'overdue', coalesce(a."dueOn" < ${todayAsDate(now).toISOString().slice(0, 10)}::date, false),
          'mine', coalesce(a."assigneeUserId" = ${actor.id}, false),
          'organisationName', o.name,
          'meeting', CASE WHEN m.visibility = ANY(${levels}::"Visibility"[]) THEN json_build_object('id', m.id, 'titleFr', m."titleFr", 'titleEn', m."titleEn") END
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
         WHERE "startsAt" >= ${now} AND status <> 'CANCELLED' AND visibility = ANY(${levels}::"Visibility"[])
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
         WHERE "reportStatus" = 'VALIDATED' AND "reportValidatedOn" IS NOT NULL AND visibility = ANY(${levels}::"Visibility"[])
         ORDER BY "reportValidatedOn" DESC, "startsAt" DESC, id DESC
         LIMIT 5
       ) m)) AS document`,
    DASHBOARD_DATES,
  );
  return dashboard!;
}

type CoordinationDocument = {
  commitments: {
    id: string;
    descriptionFr: string;
    dueOn: Date | null;
    demand: { id: string; titleFr: string } | null;
    promisedByPerson: { firstName: string; lastName: string } | null;
  }[];
  letters: { id: string; subjectFr: string; date: Date; replyExpectedBy: Date | null }[];
  overdueByOrganisation: { organisationId: string; name: string; count: number }[];
  observers: { id: string; name: string; since: Date | null }[];
  recentlyDone: {
    id: string;
    note: string | null;
    createdAt: Date;
    changedBy: { name: string } | null;
    action: { id: string; title: string; assigneeOrganisation: { name: string } | null };
  }[];
};
const COORDINATION_DATES = new Set(["dueOn", "date", "replyExpectedBy", "since", "createdAt"]);

/**
 * The coordinator's watch list: what is late, and which observers' year is ending. One statement,
 * as the dashboard's (six Prisma statements before; tests/integration/workspace-query-count
 * compares them): overdue commitments, sent letters past their reply date with no reply, open
 * actions past due per organisation, observers with the date they became observers, and what
 * members closed lately, with their note.
 */
export async function getCoordinationWatch(actor: Actor) {
  if (!can(actor, "read:dashboard:coordination")) throw new AppError("FORBIDDEN");
  const day = todayAsDate();
  const dayText = day.toISOString().slice(0, 10);
  const watch = (await readJsonDocument<CoordinationDocument>(
    Prisma.sql`SELECT json_build_object(
      'commitments',
      (SELECT coalesce(json_agg(json_build_object(
          'id', c.id, 'descriptionFr', c."descriptionFr", 'dueOn', c."dueOn",
          'demand', CASE WHEN d.id IS NOT NULL THEN json_build_object('id', d.id, 'titleFr', d."titleFr") END,
          'promisedByPerson', CASE WHEN p.id IS NOT NULL THEN json_build_object('firstName', p."firstName", 'lastName', p."lastName") END
        ) ORDER BY c."dueOn", c.id), '[]')
       FROM (SELECT * FROM "Commitment" WHERE status = 'PENDING' AND "dueOn" < ${dayText}::date ORDER BY "dueOn", id LIMIT 20) c
         LEFT JOIN "Demand" d ON d.id = c."demandId"
         LEFT JOIN "Person" p ON p.id = c."promisedByPersonId"),
      'letters',
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'subjectFr', l."subjectFr", 'date', l.date, 'replyExpectedBy', l."replyExpectedBy")
          ORDER BY l."replyExpectedBy", l.id), '[]')
       FROM (
         SELECT * FROM "Letter" l
         WHERE direction = 'SENT' AND "replyExpectedBy" < ${dayText}::date
           AND NOT EXISTS (SELECT 1 FROM "Letter" reply WHERE reply."inReplyToId" = l.id)
         ORDER BY "replyExpectedBy", id LIMIT 20
       ) l),
      'overdueByOrganisation',
      (SELECT coalesce(json_agg(json_build_object('organisationId', o.id, 'name', o.name, 'count', late.count)), '[]')
       FROM (
         SELECT "assigneeOrganisationId", count(*)::int AS count FROM "Action"
         WHERE status IN ('OPEN', 'IN_PROGRESS') AND "dueOn" < ${dayText}::date AND "assigneeOrganisationId" IS NOT NULL
         GROUP BY "assigneeOrganisationId"
       ) late JOIN "Organisation" o ON o.id = late."assigneeOrganisationId"),
      'observers',
      (SELECT coalesce(json_agg(json_build_object(
          'id', o.id, 'name', o.name,
          'since', (SELECT e.date FROM "MembershipEvent" e WHERE e."organisationId" = o.id AND e.kind = 'OBSERVER_SINCE' ORDER BY e.date DESC LIMIT 1)
        ) ORDER BY o.name, o.id), '[]')
       FROM "Organisation" o WHERE o.status = 'OBSERVER'),
      'recentlyDone',
      (SELECT coalesce(json_agg(json_build_object(
          'id', s.id, 'note', s.note, 'createdAt', s."createdAt",
          'changedBy', CASE WHEN u.id IS NOT NULL THEN json_build_object('name', u.name) END,
          'action', json_build_object('id', a.id, 'title', a.title,
            'assigneeOrganisation', CASE WHEN o.id IS NOT NULL THEN json_build_object('name', o.name) END)
        ) ORDER BY s."createdAt" DESC, s.id DESC), '[]')
       FROM (
         -- Still done: an action reopened since is not shown as closed.
         SELECT s.* FROM "ActionStatusChange" s JOIN "Action" a ON a.id = s."actionId"
         WHERE s."toStatus" = 'DONE' AND a.status = 'DONE'
         ORDER BY s."createdAt" DESC, s.id DESC LIMIT 10
       ) s
         JOIN "Action" a ON a.id = s."actionId"
         LEFT JOIN "User" u ON u.id = s."changedById"
         LEFT JOIN "Organisation" o ON o.id = a."assigneeOrganisationId")
    ) AS document`,
    COORDINATION_DATES,
  ))!;
  const horizon = new Date(day.getTime() + 60 * DAY);
  return {
    commitments: watch.commitments,
    letters: watch.letters,
    recentlyDone: watch.recentlyDone,
    overdueByOrganisation: watch.overdueByOrganisation.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    observersDue: watch.observers
      .map(({ since, ...organisation }) => {
        const voteDue = since ? new Date(Date.UTC(since.getUTCFullYear() + 1, since.getUTCMonth(), since.getUTCDate())) : null;
        return { ...organisation, since, voteDue };
      })
      // Within 60 days, or already past and still waiting for the vote.
      .filter((organisation) => organisation.voteDue && organisation.voteDue <= horizon),
  };
}
