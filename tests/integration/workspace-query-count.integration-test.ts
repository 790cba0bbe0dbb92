// Each workspace page's data functions send a fixed number of SQL statements whatever the data
// size: counted on the demo data, then again after adding the large data set of `npm run seed:large`
// (100,000 actions, 20,000 meetings, 5,000 demands with 30,000 status changes…), and the counts
// must be the same.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { inject } from "vitest";
import { getActionDetail } from "@/lib/actions/detail-queries";
import { actionRowSelect, findActions } from "@/lib/actions/queries";
import { parseActionListParams } from "@/lib/actions/schema";
import { PAGE_SIZE } from "@/lib/lists/params";
import { boundedCountTake, EXPORT_WINDOW, pageWindow, toBoundedListPage, type ListWindow } from "@/lib/lists/window";
import { todayAsDate, visibleLink } from "@/lib/lists/where";
import { visibleLevels, type Actor } from "@/lib/authz";
import { createCalendarFeed } from "@/lib/calendar/mutations";
import { findCalendarFeed } from "@/lib/calendar/queries";
import { listCampaignOptions } from "@/lib/campaigns/options";
import { countActionTimelinessByOrganisation, countDemandsByStatus, countMeetingsByInstitutionAndYear } from "@/lib/charts/queries";
import { getCoordinationWatch, getDashboard } from "@/lib/dashboard/queries";
import { listThemeOptions } from "@/lib/demands/options";
import { getDemandBoard } from "@/lib/demands/board-queries";
import { demandDetailSelect, findDemands, getDemand } from "@/lib/demands/queries";
import { parseDemandListParams } from "@/lib/demands/schema";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { findMeetings } from "@/lib/meetings/queries";
import { parseMeetingListParams } from "@/lib/meetings/schema";
import { searchWorkspace } from "@/lib/search/queries";
import { parseSearchRequest } from "@/lib/search/schema";
import { listOrganisationOptions } from "@/lib/organisations/options";
import { removeLarge, seedLarge } from "@/prisma/seed/large";
import { installQueryCounter, type QueryCounter } from "../support/query-counter";

const BATCH = `qc${Date.now().toString(36)}`;
let counter: QueryCounter;
let member: NonNullable<Actor>;
let coordinator: NonNullable<Actor>;
let demandId: string;
let actionId: string;
let calendarToken: string;

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
  ({ token: calendarToken } = await createCalendarFeed({ actor: member }));
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
  "the demands list": () =>
    Promise.all([findDemands(member, parseDemandListParams({})), listThemeOptions(member, "fr"), listInstitutionOptions(member, "fr"), listCampaignOptions(member, "fr")]),
  "the meetings list": () => Promise.all([findMeetings(member, parseMeetingListParams({})), listInstitutionOptions(member, "fr"), listCampaignOptions(member, "fr")]),
  "the charts": () => Promise.all([countMeetingsByInstitutionAndYear(member), countDemandsByStatus(member), countActionTimelinessByOrganisation(member)]),
  "her calendar feed": () => findCalendarFeed(calendarToken),
};

async function measure(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, read] of Object.entries(pages)) counts[name] = await counter.count(read);
  return counts;
}

describe("workspace pages send a fixed number of queries whatever the data size", () => {
  test("the same counts on the demo data and on the large data set (seed:large, a hundred times the coalition's history)", async () => {
    const onDemo = await measure();
    for (const count of Object.values(onDemo)) expect(count).toBeGreaterThan(0);
    const before = await counter.client.action.count();
    const added = await seedLarge(counter.client, { scale: 1, prefix: BATCH });
    expect(added.actions).toBe(100_000);
    expect(await counter.client.action.count()).toBe(before + 100_000);
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
    // Adding the large data set takes 10 s on PostgreSQL, 20 s and more on in-memory PGlite.
  }, 300_000);
});

describe("the actions list counts a bounded number of rows", () => {
  test("with the synthetic batch, the coordinator's whole list says 'more than 1000'; a short filtered list stays exact", async () => {
    // Runs after the test above, which added the large data set's 100,000 actions (removed in afterAll).
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

describe("the default actions view, read by one hand-written statement (lib/actions/assigned.ts)", () => {
  /**
   * What the list read before that statement, with Prisma: the single `OR` over both assignees with
   * the list's filters, its window in due order, and the count stopped at the bound.
   */
  async function reference(actor: NonNullable<Actor>, raw: Record<string, string>, window: ListWindow) {
    const params = parseActionListParams(raw);
    const f = params.filters;
    const text = params.q ? { contains: params.q, mode: "insensitive" as const } : undefined;
    const today = todayAsDate();
    const where = {
      AND: [
        ...(f.overdue ? [{ status: { in: ["OPEN" as const, "IN_PROGRESS" as const] }, dueOn: { lt: today } }] : []),
        {
          visibility: { in: visibleLevels(actor) },
          status: f.status,
          assigneeOrganisationId: f.organisation,
          meetingId: f.meeting,
          dueOn: f.dueBefore ? { lt: new Date(Date.parse(`${f.dueBefore}T00:00:00Z`) + 86_400_000) } : undefined,
          OR: text ? [{ title: text }, { description: text }] : undefined,
        },
        { OR: [{ assigneeUserId: actor.id }, { assigneeOrganisationId: actor.organisationId ?? "-" }] },
      ],
    };
    const db = counter.client;
    const [rows, counted] = await Promise.all([
      db.action.findMany({ where, select: actionRowSelect, orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }], skip: window.skip, take: window.take }),
      db.action.count({ where, take: boundedCountTake(window) }),
    ]);
    return { rows, counted };
  }

  /** The list as read now holds the reference's rows, whole and in its order, and the same total. */
  async function expectSameAsReference(actor: NonNullable<Actor>, raw: Record<string, string>, window?: ListWindow) {
    const params = parseActionListParams(raw);
    const used = window ?? pageWindow(params.page);
    const [read, expected] = await Promise.all([findActions(actor, params, used), reference(actor, raw, used)]);
    expect(read.rows.map(({ overdue: _overdue, ...row }) => row)).toEqual(expected.rows.map((row) => ({ ...row, meeting: visibleLink(actor, row.meeting) })));
    const { rows: _rows, ...total } = toBoundedListPage(expected.rows, expected.counted, used);
    expect(read).toMatchObject(total);
    expect(read.totalIsLowerBound).toBe(total.totalIsLowerBound);
    return { read, expected };
  }

  test("with the synthetic batch, every page, the export and each filter hold the rows and the total of the single OR query", async () => {
    // Runs after the first test, which added the synthetic batch (actions assigned to the member and to her organisation).
    const all = await counter.client.action.count({
      where: { visibility: { in: visibleLevels(member) }, OR: [{ assigneeUserId: member.id }, { assigneeOrganisationId: member.organisationId }] },
    });
    expect(all).toBeGreaterThan(PAGE_SIZE);
    const pageCount = Math.ceil(all / PAGE_SIZE);
    for (const page of [1, 2, pageCount, pageCount + 1]) {
      const { read } = await expectSameAsReference(member, { page: String(page) });
      expect(read.rows).toHaveLength(page <= pageCount ? Math.min(PAGE_SIZE, all - (page - 1) * PAGE_SIZE) : 0);
    }
    const exported = await expectSameAsReference(member, {}, EXPORT_WINDOW);
    expect(exported.read.rows).toHaveLength(Math.min(all, EXPORT_WINDOW.take));

    // Each filter, alone and together, on rows that exist (a meeting of the member's actions, a text of the batch).
    const seen = { in: visibleLevels(member) };
    const meetingId = (await counter.client.action.findFirstOrThrow({ where: { assigneeUserId: member.id, visibility: seen, meeting: { visibility: seen } }, select: { meetingId: true } })).meetingId!;
    const other = (await counter.client.action.findFirstOrThrow({ where: { assigneeUserId: member.id, assigneeOrganisationId: { not: member.organisationId } }, select: { assigneeOrganisationId: true } }).catch(() => null))?.assigneeOrganisationId;
    const tenth = (await findActions(member, parseActionListParams({}))).rows[9];
    const dueDay = tenth.dueOn!.toISOString().slice(0, 10);
    const filtered: Record<string, string>[] = [
      { status: "OPEN" },
      { status: "DONE" }, // none in this view: an empty page, counted 0
      { status: "OPEN", page: "2" },
      { organisation: member.organisationId! },
      ...(other ? [{ organisation: other }] : []),
      { meeting: meetingId },
      { dueBefore: "2010-06-30" },
      // A day some shown action is due on: "due before" includes it.
      { dueBefore: dueDay },
      { q: "Synthétique N° 1" },
      { q: "décidée en" },
      { q: "%" },
      { q: "no such words anywhere" },
      { status: "OPEN", dueBefore: "2020-01-01", q: "synthétique", organisation: member.organisationId! },
      // Late: open or in progress, past due (the coordinator's dashboard links here).
      { overdue: "1" },
      { overdue: "1", organisation: member.organisationId! },
    ];
    for (const raw of filtered) {
      const { expected } = await expectSameAsReference(member, raw);
      const none = raw.q === "no such words anywhere" || raw.status === "DONE";
      expect(expected.rows.length > 0, JSON.stringify(raw)).toBe(!none);
      if (raw.dueBefore === dueDay) expect(expected.rows.map((row) => row.id)).toContain(tenth.id);
    }
  });

  test("a reader with no organisation, and a coordinator who asks for it, get the same as the single OR query", async () => {
    await expectSameAsReference({ ...member, organisationId: null }, {});
    await expectSameAsReference({ ...member, organisationId: null }, { status: "OPEN" });
    // A coordinator reads three visibility levels: three lists per assignee.
    await expectSameAsReference(coordinator, { view: "assigned" });
    await expectSameAsReference(coordinator, { view: "assigned", page: "2" });
  });

  test("it is one statement, whatever the page and the filters", async () => {
    expect(await counter.count(() => findActions(member, parseActionListParams({})))).toBe(1);
    expect(await counter.count(() => findActions(member, parseActionListParams({ page: "3", status: "DONE" })))).toBe(1);
  });
});

describe("the lists' organisation filter, read by one hand-written statement (lib/organisations/options.ts)", () => {
  test("with the synthetic batch, the same options in the same order as Prisma's findMany, in one statement", async () => {
    const expected = await counter.client.organisation.findMany({ select: { id: true, name: true, acronym: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 500 });
    expect(expected.length).toBeGreaterThan(10);
    const options = await listOrganisationOptions(member);
    expect(options).toEqual(expected.map((row) => ({ value: row.id, label: row.acronym ? `${row.name} (${row.acronym})` : row.name })));
    expect(await counter.count(() => listOrganisationOptions(member))).toBe(1);
  });
});

describe("the dashboard, read by one hand-written statement (lib/dashboard/queries.ts)", () => {
  /** What the dashboard read before that statement: three Prisma queries. */
  async function reference(actor: NonNullable<Actor>) {
    const db = counter.client;
    const levels = visibleLevels(actor);
    const now = new Date();
    const today = todayAsDate(now);
    const [actions, meetings, reports] = await Promise.all([
      db.action.findMany({
        where: {
          status: { in: ["OPEN", "IN_PROGRESS"] },
          visibility: { in: levels },
          OR: [{ assigneeUserId: actor.id }, ...(actor.organisationId ? [{ assigneeOrganisationId: actor.organisationId }] : [])],
        },
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
        where: { startsAt: { gte: now }, status: { not: "CANCELLED" }, visibility: { in: levels } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take: 10,
        select: {
          id: true,
          titleFr: true,
          titleEn: true,
          startsAt: true,
          allDay: true,
          place: true,
          delegation: { where: { organisationId: actor.organisationId ?? "-" }, select: { organisationId: true } },
        },
      }),
      db.meeting.findMany({
        where: { reportStatus: "VALIDATED", reportValidatedOn: { not: null }, visibility: { in: levels } },
        orderBy: [{ reportValidatedOn: "desc" }, { startsAt: "desc" }, { id: "desc" }],
        take: 5,
        select: { id: true, titleFr: true, titleEn: true, startsAt: true, reportValidatedOn: true },
      }),
    ]);
    return {
      actions: actions.map(({ assigneeUserId, assigneeOrganisation, meeting, ...action }) => ({
        ...action,
        overdue: Boolean(action.dueOn && action.dueOn < today),
        mine: assigneeUserId === actor.id,
        organisationName: assigneeOrganisation?.name ?? null,
        meeting: meeting && levels.includes(meeting.visibility) ? { id: meeting.id, titleFr: meeting.titleFr, titleEn: meeting.titleEn } : null,
      })),
      meetings: meetings.map(({ delegation, ...meeting }) => ({ ...meeting, myOrganisationAttends: delegation.length > 0 })),
      reports,
    };
  }

  test("with the synthetic batch, each role reads what the three queries read, in their order, in one statement", async () => {
    // Runs after the first test, which added the synthetic batch.
    const observer = await counter.client.user.findUniqueOrThrow({
      where: { email: "observer@example.org" },
      select: { id: true, role: true, organisationId: true, name: true, email: true },
    });
    for (const actor of [member, coordinator, observer, { ...member, organisationId: null }]) {
      const [read, expected] = await Promise.all([getDashboard(actor), reference(actor)]);
      expect(read).toEqual(expected);
    }
    // The lists are not empty, so the comparison above compares something.
    const memberView = await getDashboard(member);
    expect(memberView.actions.length).toBeGreaterThan(0);
    expect(memberView.actions.some((action) => action.overdue)).toBe(true);
    expect(memberView.actions.some((action) => !action.mine)).toBe(true);
    expect(memberView.reports).toHaveLength(5);
    const coordinatorView = await getDashboard(coordinator);
    expect(coordinatorView.actions.length).toBeGreaterThan(0);
    expect(await counter.count(() => getDashboard(member))).toBe(1);
    expect(await counter.count(() => getDashboard(coordinator))).toBe(1);
  });
});

describe("a demand's page, read by one hand-written statement (lib/demands/queries.ts)", () => {
  /** What the page read before that statement: Prisma's relation joins over `demandDetailSelect`. */
  async function expectSameAsPrisma(actor: NonNullable<Actor>, id: string) {
    const record = await counter.client.demand.findFirst({ where: { id, visibility: { in: visibleLevels(actor) } }, select: demandDetailSelect(actor) });
    const read = await getDemand(actor, id);
    if (!record) return expect(read).toBeNull();
    // Then, as before, what the actor may not open is not linked: the campaign, and each step's sources.
    const { commitments, ...rest } = record;
    const { commitments: readCommitments, ...readRest } = read!;
    expect(readRest).toEqual({
      ...rest,
      campaign: visibleLink(actor, rest.campaign),
      statusChanges: rest.statusChanges.map((change) => ({
        ...change,
        sourceMeeting: visibleLink(actor, change.sourceMeeting),
        sourceLetter: visibleLink(actor, change.sourceLetter),
        sourceStatement: visibleLink(actor, change.sourceStatement),
      })),
    });
    expect(readCommitments.map(({ timing: _timing, ...commitment }) => commitment)).toEqual(commitments);
    return read!;
  }

  test("every demand of the demo data and of the synthetic batch, for each role, holds what Prisma read", async () => {
    // Runs after the first test, which added the synthetic batch.
    const observer = await counter.client.user.findUniqueOrThrow({
      where: { email: "observer@example.org" },
      select: { id: true, role: true, organisationId: true, name: true, email: true },
    });
    // What the member may not see on the scenario's demand: a coordination-only commitment, meeting and letter
    // (removed with the batch, whose prefix they carry).
    await counter.client.commitment.create({
      data: { id: `${BATCH}-coordination-commitment`, demandId, descriptionFr: "Engagement réservé à la coordination", visibility: "COORDINATION" },
    });
    await counter.client.meeting.update({ where: { id: `${BATCH}-mtg-10` }, data: { demands: { create: { demandId } } } });
    await counter.client.letter.create({
      data: {
        id: `${BATCH}-coordination-letter`,
        direction: "SENT",
        date: new Date("2024-01-15"),
        subjectFr: "Courrier réservé à la coordination",
        visibility: "COORDINATION",
        demands: { create: { demandId } },
      },
    });
    const ofScenario = async (actor: NonNullable<Actor>) => {
      const demand = (await getDemand(actor, demandId))!;
      return { commitments: demand.commitments.map((c) => c.id), meetings: demand.meetings.map((m) => m.meeting.id), letters: demand.letters.map((l) => l.letter.id) };
    };
    expect(await ofScenario(coordinator)).toMatchObject({
      commitments: expect.arrayContaining([`${BATCH}-coordination-commitment`]),
      meetings: expect.arrayContaining([`${BATCH}-mtg-10`]),
      letters: expect.arrayContaining([`${BATCH}-coordination-letter`]),
    });
    for (const actor of [member, observer]) {
      const seen = await ofScenario(actor);
      expect(seen.commitments).not.toContain(`${BATCH}-coordination-commitment`);
      expect(seen.meetings).not.toContain(`${BATCH}-mtg-10`);
      expect(seen.letters).not.toContain(`${BATCH}-coordination-letter`);
    }

    const demo = await counter.client.demand.findMany({ where: { NOT: { id: { startsWith: BATCH } } }, select: { id: true } });
    const ids = [...demo.map((demand) => demand.id), `${BATCH}-dem-1`, `${BATCH}-dem-4`, `${BATCH}-dem-10`, "no-such-demand"];
    let read = 0;
    for (const actor of [member, coordinator, observer]) {
      for (const id of ids) if (await expectSameAsPrisma(actor, id)) read++;
    }
    expect(read).toBeGreaterThan(ids.length);
    // The scenario's demand has every part: themes, targets, steps with sources, commitments, meetings, letters.
    const scenario = (await getDemand(member, demandId))!;
    for (const list of [scenario.themes, scenario.targets, scenario.statusChanges, scenario.commitments, scenario.meetings, scenario.letters]) {
      expect(list.length).toBeGreaterThan(0);
    }
    expect(scenario.statusChanges.some((change) => change.sourceMeeting || change.sourceLetter || change.sourceStatement)).toBe(true);
    expect(await counter.count(() => getDemand(member, demandId))).toBe(1);
  });
});

describe("the coordinator's watch list, read by one hand-written statement (lib/dashboard/queries.ts)", () => {
  /** What it read before that statement: six Prisma queries. */
  async function reference() {
    const db = counter.client;
    const now = new Date();
    const day = todayAsDate(now);
    const [commitments, letters, late, observers, recentlyDone] = await Promise.all([
      db.commitment.findMany({
        where: { status: "PENDING", dueOn: { lt: day } },
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        take: 20,
        select: { id: true, descriptionFr: true, dueOn: true, demand: { select: { id: true, titleFr: true } }, promisedByPerson: { select: { firstName: true, lastName: true } } },
      }),
      db.letter.findMany({
        where: { direction: "SENT", replyExpectedBy: { lt: day }, replies: { none: {} } },
        orderBy: [{ replyExpectedBy: "asc" }, { id: "asc" }],
        take: 20,
        select: { id: true, subjectFr: true, date: true, replyExpectedBy: true },
      }),
      db.action.groupBy({
        by: ["assigneeOrganisationId"],
        where: { status: { in: ["OPEN", "IN_PROGRESS"] }, dueOn: { lt: day }, assigneeOrganisationId: { not: null } },
        _count: { _all: true },
      }),
      db.organisation.findMany({
        where: { status: "OBSERVER" },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true, membershipEvents: { where: { kind: "OBSERVER_SINCE" }, orderBy: { date: "desc" }, take: 1, select: { date: true } } },
      }),
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
    const names = new Map(
      (await db.organisation.findMany({ where: { id: { in: late.map((row) => row.assigneeOrganisationId!) } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]),
    );
    const horizon = new Date(day.getTime() + 60 * 86_400_000);
    return {
      commitments,
      letters,
      recentlyDone,
      overdueByOrganisation: late
        .map((row) => ({ organisationId: row.assigneeOrganisationId!, name: names.get(row.assigneeOrganisationId!) ?? "", count: row._count._all }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      observersDue: observers
        .map((organisation) => {
          const since = organisation.membershipEvents[0]?.date ?? null;
          const voteDue = since ? new Date(Date.UTC(since.getUTCFullYear() + 1, since.getUTCMonth(), since.getUTCDate())) : null;
          return { id: organisation.id, name: organisation.name, since, voteDue };
        })
        .filter((organisation) => organisation.voteDue && organisation.voteDue <= horizon),
    };
  }

  test("with the synthetic batch, it holds what the six queries read, in their order, in one statement; others are refused", async () => {
    // Runs after the first test, which added the synthetic batch (late commitments, unanswered letters, overdue actions).
    // An action marked done a moment ago and reopened since: not among what members closed lately.
    const reopened = await counter.client.action.create({
      data: { id: `${BATCH}-reopened`, title: "Action rouverte", status: "OPEN", statusChanges: { create: { fromStatus: "OPEN", toStatus: "DONE", note: "Faite" } } },
    });
    // An observer with an older "observer since" as well: the latest one counts.
    const observer = await counter.client.organisation.findFirstOrThrow({ where: { status: "OBSERVER" }, select: { id: true } });
    const older = await counter.client.membershipEvent.create({ data: { organisationId: observer.id, kind: "OBSERVER_SINCE", date: new Date("2010-01-01") } });
    const [read, expected] = await Promise.all([getCoordinationWatch(coordinator), reference()]).finally(() =>
      counter.client.membershipEvent.delete({ where: { id: older.id } }),
    );
    expect(read.recentlyDone.map((change) => change.action.id)).not.toContain(reopened.id);
    expect(read).toEqual(expected);
    for (const list of [read.commitments, read.letters, read.overdueByOrganisation, read.observersDue, read.recentlyDone]) expect(list.length).toBeGreaterThan(0);
    expect(read.commitments).toHaveLength(20);
    expect(await counter.count(() => getCoordinationWatch(coordinator))).toBe(1);
    await expect(getCoordinationWatch(member)).rejects.toThrow();
  });
});
