import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/authz";
import { countActionTimelinessByOrganisation, countDemandsByStatus, countMeetingsByInstitutionAndYear } from "@/lib/charts/queries";
import { db } from "@/lib/db";

const run = randomBytes(4).toString("hex");
const ids: Record<string, string> = {};
const coordinator: Actor = { id: "charts-coord", role: "COORDINATOR", organisationId: null, name: "C", email: "c@example.org" };
let member: NonNullable<Actor>;
const DAY = 86_400_000;
const dateOnly = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

beforeAll(async () => {
  ids.interior = (await db.institution.create({ data: { name: `Ministère de l'Intérieur ${run}`, kind: "MINISTRY" } })).id;
  ids.miprof = (await db.institution.create({ data: { name: `MIPROF ${run}`, kind: "INTERMINISTERIAL_BODY" } })).id;
  const meeting = (startsAt: string, institutionIds: string[], extra: object = {}) =>
    db.meeting.create({
      data: { titleFr: `Réunion ${run}`, kind: "GOVERNMENT", startsAt: new Date(startsAt), institutions: { create: institutionIds.map((institutionId) => ({ institutionId })) }, ...extra },
    });
  await meeting("2014-09-23T14:00:00Z", [ids.interior]);
  await meeting("2014-10-23T14:00:00Z", [ids.interior, ids.miprof]);
  // 31 December 2014 at 23:30 UTC is already 2015 in Paris.
  await meeting("2014-12-31T23:30:00Z", [ids.interior]);
  await meeting("2015-07-22T08:00:00Z", [ids.miprof], { visibility: "COORDINATION" });
  await meeting("2015-07-23T08:00:00Z", [ids.miprof], { status: "CANCELLED" });

  ids.orgA = (await db.organisation.create({ data: { name: `OICEM ${run}`, slug: `oicem-${run}` } })).id;
  ids.orgB = (await db.organisation.create({ data: { name: `CCEM ${run}`, slug: `ccem-${run}` } })).id;
  member = await db.user.create({
    data: { email: `charts-${run}@example.org`, name: "M", role: "MEMBER", organisationId: ids.orgA },
    select: { id: true, role: true, organisationId: true, name: true, email: true },
  });
  const action = (organisationId: string, data: object) => db.action.create({ data: { title: `Action ${run}`, assigneeOrganisationId: organisationId, ...data } });
  const dueLastMonth = dateOnly(-30);
  await action(ids.orgA, { dueOn: dueLastMonth, status: "DONE", completedAt: new Date(dueLastMonth.getTime() - 2 * DAY) }); // on time
  await action(ids.orgA, { dueOn: dueLastMonth, status: "DONE", completedAt: new Date(dueLastMonth.getTime() + 5 * DAY) }); // late
  await action(ids.orgA, { dueOn: dueLastMonth, status: "DONE" }); // done, date not recorded
  await action(ids.orgA, { dueOn: dueLastMonth, status: "OPEN" }); // overdue
  await action(ids.orgA, { dueOn: dateOnly(30), status: "IN_PROGRESS" }); // not yet due
  await action(ids.orgA, { dueOn: dueLastMonth, status: "CANCELLED" }); // not counted
  await action(ids.orgA, { status: "OPEN" }); // no due date: not counted
  await action(ids.orgA, { dueOn: dueLastMonth, status: "OPEN", visibility: "COORDINATION" }); // coordinators only
  await action(ids.orgB, { dueOn: dueLastMonth, status: "DONE", completedAt: dueLastMonth });
});

afterAll(async () => {
  await db.action.deleteMany({ where: { title: `Action ${run}` } });
  await db.user.deleteMany({ where: { id: member.id } });
  await db.meeting.deleteMany({ where: { titleFr: `Réunion ${run}` } });
  await db.institution.deleteMany({ where: { id: { in: [ids.interior, ids.miprof] } } });
  await db.organisation.deleteMany({ where: { id: { in: [ids.orgA, ids.orgB] } } });
  await db.demand.deleteMany({ where: { titleFr: { endsWith: run } } });
});

describe("chart figures", () => {
  test("meetings per institution per year, in Paris time, without cancelled or hidden ones", async () => {
    const mine = (rows: Awaited<ReturnType<typeof countMeetingsByInstitutionAndYear>>) =>
      rows.filter((row) => row.name.endsWith(run)).map(({ name, year, count }) => [name.split(" ")[0], year, count])
        .sort((a, b) => String(a).localeCompare(String(b)));
    expect(mine(await countMeetingsByInstitutionAndYear(member))).toEqual([
      ["Ministère", 2014, 2],
      ["Ministère", 2015, 1],
      ["MIPROF", 2014, 1],
    ]);
    expect(mine(await countMeetingsByInstitutionAndYear(coordinator))).toContainEqual(["MIPROF", 2015, 1]);
  });

  test("demands by status count what the actor may see, every status listed", async () => {
    const before = await countDemandsByStatus(member);
    const beforeCoordinator = await countDemandsByStatus(coordinator);
    const demand = (status: "RAISED" | "PROMISED", visibility: "MEMBERS" | "COORDINATION" = "MEMBERS") =>
      db.demand.create({ data: { titleFr: `Demande ${run}`, status, visibility, raisedOn: new Date("2014-09-23"), statusDate: new Date("2014-09-23") } });
    await demand("RAISED");
    await demand("PROMISED");
    await demand("PROMISED");
    await demand("PROMISED", "COORDINATION");
    const after = await countDemandsByStatus(member);
    const afterCoordinator = await countDemandsByStatus(coordinator);
    const delta = (a: typeof before, b: typeof before) => Object.fromEntries(b.map((row, i) => [row.status, row.count - a[i].count]));
    expect(after.map((row) => row.status)).toEqual(["RAISED", "ACKNOWLEDGED", "PROMISED", "IN_PROGRESS", "PARTLY_MET", "MET", "REJECTED"]);
    expect(delta(before, after)).toMatchObject({ RAISED: 1, PROMISED: 2, MET: 0 });
    expect(delta(beforeCoordinator, afterCoordinator)).toMatchObject({ RAISED: 1, PROMISED: 3 });
  });

  test("actions done on time by organisation; a member sees her organisation's row only", async () => {
    const forMember = await countActionTimelinessByOrganisation(member);
    expect(forMember).toEqual([{ organisationId: ids.orgA, name: `OICEM ${run}`, onTime: 1, late: 1, doneUndated: 1, overdue: 1, notYetDue: 1 }]);
    const forCoordinator = (await countActionTimelinessByOrganisation(coordinator)).filter((row) => row.name.endsWith(run));
    expect(forCoordinator).toEqual([
      { organisationId: ids.orgB, name: `CCEM ${run}`, onTime: 1, late: 0, doneUndated: 0, overdue: 0, notYetDue: 0 },
      { organisationId: ids.orgA, name: `OICEM ${run}`, onTime: 1, late: 1, doneUndated: 1, overdue: 2, notYetDue: 1 },
    ]);
  });
});
