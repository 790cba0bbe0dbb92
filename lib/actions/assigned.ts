// The actions list's default view, "mine and my organisation's" (a member's and an observer's), as
// one SQL statement: its window of rows, with their organisation, assignee and meeting, and its
// bounded count. Written by hand because no `where` Prisma can express lets an index serve it:
//
// - an `OR` over both assignees has no index that gives its due order, so PostgreSQL sorted every
//   matching action for every page; and `visibility IN (…)` is no index condition that keeps the
//   order either, so the member's own list stepped over the thousand actions she may not read;
// - hence one list per assignee and visibility level, each read in due order from its own index
//   (migration `actions_by_assignee_and_visibility`), which PostgreSQL merges (Merge Append) and
//   cuts to the window, reading only the rows before and in it;
// - the count is the sum of the same lists' counts, each stopped at the bound and read from the
//   index alone; Prisma's `count({ take })` sorted all of them by id before its LIMIT.
//
// It returns exactly what `findMany` with `actionRowSelect` and `count({ take })` over the single
// `OR` returned (tests/integration/workspace-query-count.integration-test.ts compares them), and
// spares Prisma's query compiler two or three statements (it was 15 % of the page's server time,
// 6 % after, see bench/README.md).
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus, Visibility } from "@/lib/generated/prisma/enums";
import type { ActionListParams } from "./schema";
import type { ActionRecord } from "./queries";

type Row = {
  counted: number;
  id: string | null;
  title: string;
  status: ActionStatus;
  due_on: Date | null;
  visibility: Visibility;
  organisation_id: string | null;
  organisation_name: string;
  organisation_acronym: string | null;
  user_id: string | null;
  user_name: string;
  meeting_id: string | null;
  meeting_title_fr: string;
  meeting_title_en: string | null;
  meeting_starts_at: Date;
  meeting_visibility: Visibility;
};

export const DUE_ORDER = Prisma.sql`"dueOn" ASC NULLS LAST, id ASC`;

/**
 * The filters of the list (lib/actions/queries.ts, `findActions`) as SQL, the same conditions
 * Prisma writes for them: `contains` with `mode: "insensitive"` is ILIKE on `%text%`, the text as
 * given (Prisma does not escape `%` nor `_` in it either).
 */
function filterSql(f: ActionListParams["filters"], q: string, today: Date): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.status) where.push(Prisma.sql`status = ${f.status}::"ActionStatus"`);
  if (f.organisation) where.push(Prisma.sql`"assigneeOrganisationId" = ${f.organisation}`);
  if (f.meeting) where.push(Prisma.sql`"meetingId" = ${f.meeting}`);
  // "Due before" includes its day (lib/lists/where.ts, dayRange): before the next one.
  if (f.dueBefore) where.push(Prisma.sql`"dueOn" < ${f.dueBefore}::date + 1`);
  if (f.overdue) where.push(Prisma.sql`status IN ('OPEN', 'IN_PROGRESS') AND "dueOn" < ${today.toISOString().slice(0, 10)}::date`);
  if (q) where.push(Prisma.sql`(title ILIKE ${`%${q}%`} OR description ILIKE ${`%${q}%`})`);
  return where;
}

/**
 * "Mine and my organisation's" as disjoint lists, each the `where` of one index-ordered read: one
 * per assignee (hers; her organisation's not also hers) and visibility level, each an equality on
 * an index's first two columns, read in due order. The dashboard's open actions use them too.
 */
export function assignedLists(actor: NonNullable<Actor>, conditions: Prisma.Sql[]): Prisma.Sql[] {
  const assignees = [Prisma.sql`"assigneeUserId" = ${actor.id}`];
  // Her organisation's that are not also hers (those are in the first list). No organisation: none.
  if (actor.organisationId) {
    assignees.push(Prisma.sql`"assigneeOrganisationId" = ${actor.organisationId} AND ("assigneeUserId" IS NULL OR "assigneeUserId" <> ${actor.id})`);
  }
  return assignees.flatMap((assignee) =>
    visibleLevels(actor).map((level) => Prisma.join([assignee, Prisma.sql`visibility = ${level}::"Visibility"`, ...conditions], " AND ")),
  );
}

export type AssignedWindow = { skip: number; take: number; countTake: number };

/** The window of the member's default view, and its count stopped at `countTake` rows. */
export async function findAssignedActions(
  actor: NonNullable<Actor>,
  f: ActionListParams["filters"],
  q: string,
  window: AssignedWindow,
  /** Today in Paris, for the overdue filter. */
  today: Date,
): Promise<{ records: ActionRecord[]; counted: number }> {
  const lists = assignedLists(actor, filterSql(f, q, today));
  const upTo = window.skip + window.take;
  const rows = await db.$queryRaw<Row[]>`
    WITH keys AS (
      ${Prisma.join(
        lists.map((where) => Prisma.sql`(SELECT id, "dueOn" FROM "Action" WHERE ${where} ORDER BY ${DUE_ORDER} LIMIT ${upTo})`),
        " UNION ALL ",
      )}
    ),
    page AS (SELECT id, "dueOn" FROM keys ORDER BY ${DUE_ORDER} LIMIT ${window.take} OFFSET ${window.skip}),
    counted AS (
      SELECT (${Prisma.join(
        lists.map((where) => Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM "Action" WHERE ${where} LIMIT ${window.countTake}) AS list)`),
        " + ",
      )})::int AS n
    )
    SELECT counted.n AS counted, a.id, a.title, a.status::text AS status, a."dueOn" AS due_on, a.visibility::text AS visibility,
      o.id AS organisation_id, o.name AS organisation_name, o.acronym AS organisation_acronym,
      u.id AS user_id, u.name AS user_name,
      m.id AS meeting_id, m."titleFr" AS meeting_title_fr, m."titleEn" AS meeting_title_en, m."startsAt" AS meeting_starts_at,
      m.visibility::text AS meeting_visibility
    FROM counted LEFT JOIN (page
      JOIN "Action" a ON a.id = page.id
      LEFT JOIN "Organisation" o ON o.id = a."assigneeOrganisationId"
      LEFT JOIN "User" u ON u.id = a."assigneeUserId"
      LEFT JOIN "Meeting" m ON m.id = a."meetingId") ON true
    ORDER BY page."dueOn" ASC NULLS LAST, page.id ASC`;
  // The count is in every row; with no row in the window, in the one row the LEFT JOIN keeps.
  const counted = rows[0]?.counted ?? 0;
  const records = rows.flatMap((row): ActionRecord[] =>
    row.id === null
      ? []
      : [
          {
            id: row.id,
            title: row.title,
            status: row.status,
            dueOn: row.due_on,
            visibility: row.visibility,
            assigneeOrganisation: row.organisation_id === null ? null : { id: row.organisation_id, name: row.organisation_name, acronym: row.organisation_acronym },
            assigneeUser: row.user_id === null ? null : { id: row.user_id, name: row.user_name },
            meeting:
              row.meeting_id === null
                ? null
                : { id: row.meeting_id, titleFr: row.meeting_title_fr, titleEn: row.meeting_title_en, startsAt: row.meeting_starts_at, visibility: row.meeting_visibility },
          },
        ],
  );
  return { records, counted };
}
