import "server-only";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { DemandStatus } from "@/lib/generated/prisma/enums";

// Each chart is one aggregate query, scoped by what the actor may see.

export type InstitutionYearCount = { institutionId: string; name: string; nameEn: string | null; year: number; count: number };

/** Meetings (not cancelled) per institution met and per year, in Paris time. */
export async function countMeetingsByInstitutionAndYear(actor: Actor): Promise<InstitutionYearCount[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const levels = visibleLevels(actor);
  const rows = await db.$queryRaw<{ institution_id: string; name: string; name_en: string | null; year: number; count: number }[]>`
    SELECT i.id AS institution_id, i.name, i."nameEn" AS name_en,
      EXTRACT(YEAR FROM m."startsAt" AT TIME ZONE 'Europe/Paris')::int AS year, count(*)::int AS count
    FROM "MeetingInstitution" mi
    JOIN "Meeting" m ON m.id = mi."meetingId"
    JOIN "Institution" i ON i.id = mi."institutionId"
    WHERE m.visibility = ANY(${levels}::"Visibility"[]) AND m.status <> 'CANCELLED'
    GROUP BY i.id, i.name, i."nameEn", year
    ORDER BY i.name, year`;
  return rows.map((row) => ({ institutionId: row.institution_id, name: row.name, nameEn: row.name_en, year: row.year, count: row.count }));
}

export type DemandStatusCount = { status: DemandStatus; count: number };

/** Demands by their current status, every status listed in the order of a demand's life. */
export async function countDemandsByStatus(actor: Actor): Promise<DemandStatusCount[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const groups = await db.demand.groupBy({ by: ["status"], where: { visibility: { in: visibleLevels(actor) } }, _count: { _all: true } });
  const counts = new Map(groups.map((group) => [group.status, group._count._all]));
  return Object.values(DemandStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

export type ActionTimeliness = {
  organisationId: string;
  name: string;
  onTime: number;
  late: number;
  doneUndated: number;
  overdue: number;
  notYetDue: number;
};

/**
 * Actions with a due date assigned to each organisation: done on time, done late, done without a
 * recorded date, still open past their date, not yet due. Coordinators see every organisation;
 * members and observers their own only, as the dashboard shows late actions by organisation to
 * coordinators only.
 */
export async function countActionTimelinessByOrganisation(actor: Actor): Promise<ActionTimeliness[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const all = can(actor, "read:dashboard:coordination");
  if (!all && !actor.organisationId) return [];
  const scope = all ? Prisma.empty : Prisma.sql`AND a."assigneeOrganisationId" = ${actor.organisationId}`;
  const rows = await db.$queryRaw<
    { organisation_id: string; name: string; on_time: number; late: number; done_undated: number; overdue: number; not_yet_due: number }[]
  >`
    WITH a AS (
      SELECT a."assigneeOrganisationId", a.status, a."dueOn",
        (a."completedAt" AT TIME ZONE 'Europe/Paris')::date AS done_on,
        (now() AT TIME ZONE 'Europe/Paris')::date AS today
      FROM "Action" a
      WHERE a."dueOn" IS NOT NULL AND a.status <> 'CANCELLED' AND a."assigneeOrganisationId" IS NOT NULL
        AND a.visibility = ANY(${visibleLevels(actor)}::"Visibility"[]) ${scope}
    )
    SELECT o.id AS organisation_id, o.name,
      count(*) FILTER (WHERE a.status = 'DONE' AND a.done_on <= a."dueOn")::int AS on_time,
      count(*) FILTER (WHERE a.status = 'DONE' AND a.done_on > a."dueOn")::int AS late,
      count(*) FILTER (WHERE a.status = 'DONE' AND a.done_on IS NULL)::int AS done_undated,
      count(*) FILTER (WHERE a.status <> 'DONE' AND a."dueOn" < a.today)::int AS overdue,
      count(*) FILTER (WHERE a.status <> 'DONE' AND a."dueOn" >= a.today)::int AS not_yet_due
    FROM a JOIN "Organisation" o ON o.id = a."assigneeOrganisationId"
    GROUP BY o.id, o.name
    ORDER BY o.name`;
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    name: row.name,
    onTime: row.on_time,
    late: row.late,
    doneUndated: row.done_undated,
    overdue: row.overdue,
    notYetDue: row.not_yet_due,
  }));
}
