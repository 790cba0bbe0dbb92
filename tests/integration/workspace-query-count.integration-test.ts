// Each workspace page's data functions send a fixed number of SQL statements whatever the data
// size: counted on the demo data, then again after adding a synthetic batch (5,000 actions,
// 1,000 meetings, 250 demands with 1,500 status changes…), and the counts must be the same.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { inject } from "vitest";
import { getActionDetail } from "@/lib/actions/detail-queries";
import { findActions } from "@/lib/actions/queries";
import { parseActionListParams } from "@/lib/actions/schema";
import { PAGE_SIZE } from "@/lib/lists/params";
import { boundedCountTake, EXPORT_WINDOW, pageWindow } from "@/lib/lists/window";
import { visibleLevels, type Actor } from "@/lib/authz";
import { getCoordinationWatch, getDashboard } from "@/lib/dashboard/queries";
import { getDemandBoard } from "@/lib/demands/board-queries";
import { getDemand } from "@/lib/demands/queries";
import { searchWorkspace } from "@/lib/search/queries";
import { parseSearchRequest } from "@/lib/search/schema";
import { removeLarge, seedLarge } from "@/prisma/seed/large";
import { installQueryCounter, type QueryCounter } from "../support/query-counter";

const BATCH = `qc${Date.now().toString(36)}`;
let counter: QueryCounter;
let member: NonNullable<Actor>;
let coordinator: NonNullable<Actor>;
let demandId: string;
let actionId: string;

beforeAll(async () => {
  counter = installQueryCounter(inject("databaseUrl"));
  const db = counter.client;
  const actorFor = async (email: string): Promise<NonNullable<Actor>> => {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, organisationId: true, name: true, email: true } });
    return user;
  };
  [member, coordinator] = await Promise.all([actorFor("member@example.org"), actorFor("coordinator@example.org")]);
  demandId = (await db.demand.findFirstOrThrow({ where: { titleFr: { startsWith: "Une instruction aux préfets" } }, select: { id: true } })).id;
  actionId = (await db.action.findFirstOrThrow({ where: { assigneeOrganisationId: member.organisationId }, select: { id: true } })).id;
});

afterAll(async () => {
  await removeLarge(counter.client, BATCH);
  await counter.restore();
});

/** What each workspace page reads, as the page calls it. */
const pages: Record<string, () => Promise<unknown>> = {
  "member's dashboard": () => getDashboard(member),
  "coordinator's dashboard": () => Promise.all([getDashboard(coordinator), getCoordinationWatch(coordinator)]),
  "member's actions list": () => findActions(member, parseActionListParams({})),
  "coordinator's actions list, deep page": () => findActions(coordinator, parseActionListParams({ view: "all", page: "40" })),
  "actions list filtered by status and organisation": () => findActions(member, parseActionListParams({ view: "all", status: "OPEN", organisation: member.organisationId! })),
  "an action's page": () => getActionDetail(member, actionId),
  "a demand's page": () => getDemand(member, demandId),
  "the demands board": () => getDemandBoard(member),
  "a search": () => searchWorkspace(member, parseSearchRequest({ q: "traite" }), "fr"),
  "a search matching the synthetic batch": () => searchWorkspace(member, parseSearchRequest({ q: "synthétique revendication" }), "fr"),
};

async function measure(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, read] of Object.entries(pages)) counts[name] = await counter.count(read);
  return counts;
}

describe("workspace pages send a fixed number of queries whatever the data size", () => {
  test("the same counts on the demo data and with a synthetic batch twenty times larger", async () => {
    const onDemo = await measure();
    for (const count of Object.values(onDemo)) expect(count).toBeGreaterThan(0);
    const before = await counter.client.action.count();
    const added = await seedLarge(counter.client, { scale: 0.05, prefix: BATCH });
    expect(added.actions).toBe(5_000);
    expect(await counter.client.action.count()).toBe(before + 5_000);
    const onLarge = await measure();
    console.log("queries per page (demo → large):", Object.fromEntries(Object.keys(onDemo).map((name) => [name, `${onDemo[name]} → ${onLarge[name]}`])));
    expect(onLarge).toEqual(onDemo);
    // A synthetic demand, with its six steps, commitments and sources, costs what the demo one costs.
    const synthetic = await counter.count(() => getDemand(member, `${BATCH}-dem-4`));
    expect(synthetic).toBe(onDemo["a demand's page"]);
    // Small constants, never one per row: with Prisma's relation joins a record and its relations
    // are one statement (a demand page, with its themes, targets, steps and their three kinds of
    // source, commitments with their officials…, was 18 statements before the joins; it is one).
    expect(onLarge["a demand's page"]).toBe(1);
    for (const count of Object.values(onLarge)) expect(count).toBeLessThanOrEqual(10);
  });
});

describe("the actions list counts a bounded number of rows", () => {
  test("with the synthetic batch, the coordinator's whole list says 'more than 1000'; a short filtered list stays exact", async () => {
    // Runs after the test above, which added 5,000 synthetic actions (removed in afterAll).
    const all = await findActions(coordinator, parseActionListParams({ view: "all" }));
    expect(all.totalIsLowerBound).toBe(true);
    expect(all.total).toBe(1_000);
    expect(all.rows).toHaveLength(25);
    // Page 3 knows of the 50 rows before it and a thousand after.
    const third = await findActions(coordinator, parseActionListParams({ view: "all", page: "3" }));
    expect(third).toMatchObject({ totalIsLowerBound: true, total: 1_050, page: 3 });
    expect(third.rows[0].id).not.toBe(all.rows[0].id);
    const mine = await findActions(member, parseActionListParams({ view: "mine" }));
    const exact = await counter.client.action.count({ where: { assigneeUserId: member.id, visibility: { in: visibleLevels(member) } } });
    expect(exact).toBeGreaterThan(0);
    expect(exact).toBeLessThan(1_000);
    expect(mine.totalIsLowerBound).toBeUndefined();
    expect(mine.total).toBe(exact);
  });
});

describe("the member's default actions view, read as two index-ordered lists merged", () => {
  test("with the synthetic batch, every page and the export hold the rows of the single OR query, in its order", async () => {
    // Runs after the first test, which added the synthetic batch (actions assigned to the member and to her organisation).
    const reference = await counter.client.action.findMany({
      where: { visibility: { in: visibleLevels(member) }, OR: [{ assigneeUserId: member.id }, { assigneeOrganisationId: member.organisationId }] },
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true },
    });
    const ids = reference.map((row) => row.id);
    expect(ids.length).toBeGreaterThan(PAGE_SIZE);
    const pageCount = Math.ceil(ids.length / PAGE_SIZE);
    for (const page of [1, 2, pageCount]) {
      const read = await findActions(member, parseActionListParams({ page: String(page) }));
      expect(read.rows.map((row) => row.id)).toEqual(ids.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE));
      expect(read.total).toBe(Math.min(ids.length, boundedCountTake(pageWindow(page)) - 1));
    }
    const exported = await findActions(member, parseActionListParams({}), EXPORT_WINDOW);
    expect(exported.rows.map((row) => row.id)).toEqual(ids.slice(0, EXPORT_WINDOW.take));
    // Filtered the same way (a status), still the same rows in the same order.
    const open = await findActions(member, parseActionListParams({ status: "OPEN" }));
    const openIds = await counter.client.action.findMany({
      where: { status: "OPEN", visibility: { in: visibleLevels(member) }, OR: [{ assigneeUserId: member.id }, { assigneeOrganisationId: member.organisationId }] },
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: PAGE_SIZE,
      select: { id: true },
    });
    expect(open.rows.map((row) => row.id)).toEqual(openIds.map((row) => row.id));
  });
});
