import "server-only";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

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

/** What every signed-in person sees first: a fixed number of queries, whatever the data size. */
export async function getDashboard(actor: Actor) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const levels = visibleLevels(actor);
  const day = today();
  const assigned = [
    { assigneeUserId: actor.id },
    ...(actor.organisationId ? [{ assigneeOrganisationId: actor.organisationId }] : []),
  ];
  const [actions, meetings, reports] = await Promise.all([
    db.action.findMany({
      where: { status: { in: [...OPEN_STATUSES] }, visibility: { in: levels }, OR: assigned },
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: 25,
      select: {
        id: true,
        title: true,
        dueOn: true,
        status: true,
        assigneeUserId: true,
        assigneeOrganisation: { select: { name: true } },
        meeting: { select: { id: true, titleFr: true, titleEn: true, visibility: true } },
      },
    }),
    db.meeting.findMany({
      where: { startsAt: { gte: new Date() }, status: { not: "CANCELLED" }, visibility: { in: levels } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 10,
      select: {
        id: true,
        titleFr: true,
        titleEn: true,
        startsAt: true,
        allDay: true,
        place: true,
        delegation: actor.organisationId
          ? { where: { organisationId: actor.organisationId }, select: { organisationId: true } }
          : { take: 0, select: { organisationId: true } },
      },
    }),
    db.meeting.findMany({
      // A validated report has its validation date; asking for it lets the index give the order.
      where: { reportStatus: "VALIDATED", reportValidatedOn: { not: null }, visibility: { in: levels } },
      orderBy: [{ reportValidatedOn: "desc" }, { startsAt: "desc" }],
      take: 5,
      select: { id: true, titleFr: true, titleEn: true, startsAt: true, reportValidatedOn: true },
    }),
  ]);
  return {
    actions: actions.map(
      (action): DashboardAction => ({
        id: action.id,
        title: action.title,
        dueOn: action.dueOn,
        status: action.status,
        overdue: Boolean(action.dueOn && action.dueOn < day),
        mine: action.assigneeUserId === actor.id,
        organisationName: action.assigneeOrganisation?.name ?? null,
        meeting: action.meeting && levels.includes(action.meeting.visibility) ? action.meeting : null,
      }),
    ),
    meetings: meetings.map(({ delegation, ...meeting }) => ({ ...meeting, myOrganisationAttends: delegation.length > 0 })),
    reports,
  };
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
