// Recording a demand's life: status changes keep the demand's status on the latest step by date;
// commitments name the official through the position held that day.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { recordCommitment, recordDemandStatus } from "@/lib/demands/history-mutations";
import { ZRecordCommitmentSchema, ZRecordDemandStatusSchema } from "@/lib/demands/history-schema";
import { getDemand } from "@/lib/demands/queries";
import { isAppError } from "@/lib/errors";
import { newSubmissionId } from "@/lib/forms/submission";
import { actorOf, makeOrganisation, makeUser } from "./accounts-helpers";

let coordinator: Awaited<ReturnType<typeof makeUser>>;
let member: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  const organisation = await makeOrganisation("Asso D");
  [coordinator, member] = await Promise.all([makeUser("COORDINATOR"), makeUser("MEMBER", organisation.id)]);
});

const d = (day: string) => new Date(`${day}T00:00:00Z`);

async function makeDemand() {
  return db.demand.create({
    data: { titleFr: `Revendication ${newSubmissionId().slice(0, 6)}`, raisedOn: d("2014-09-23"), statusDate: d("2014-09-23"), visibility: "MEMBERS" },
    select: { id: true },
  });
}

const step = (demandId: string, version: number, fields: Record<string, string>) =>
  ZRecordDemandStatusSchema.parse({ demandId, version: String(version), submissionId: newSubmissionId(), noteFr: "Note", ...fields });

const row = (id: string) => db.demand.findUniqueOrThrow({ where: { id }, select: { status: true, statusDate: true, raisedOn: true, version: true } });

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "ACCEPTED";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe("recording a status change", () => {
  test("the coordinator records a promise then its fulfilment; the demand follows the latest step, in one transaction with audit entries", async () => {
    const demand = await makeDemand();
    await recordDemandStatus({ actor: actorOf(coordinator), data: step(demand.id, 1, { date: "2014-09-23", status: "PROMISED" }) });
    await recordDemandStatus({
      actor: actorOf(coordinator),
      data: step(demand.id, 2, { date: "2015-05-19", status: "MET", sourceLabel: "Instruction NOR INTV1501995N du 19 mai 2015", milestone: "on" }),
    });
    expect(await row(demand.id)).toMatchObject({ status: "MET", statusDate: d("2015-05-19"), version: 3 });
    // A step recorded late, with an earlier date, takes its place in the history without overwriting the status.
    await recordDemandStatus({ actor: actorOf(coordinator), data: step(demand.id, 3, { date: "2015-04-21", status: "PROMISED" }) });
    expect(await row(demand.id)).toMatchObject({ status: "MET", statusDate: d("2015-05-19"), version: 4 });
    const detail = await getDemand(actorOf(member), demand.id);
    expect(detail!.statusChanges.map((c) => [c.date.toISOString().slice(0, 10), c.status, c.sourceLabel])).toEqual([
      ["2014-09-23", "PROMISED", null],
      ["2015-04-21", "PROMISED", null],
      ["2015-05-19", "MET", "Instruction NOR INTV1501995N du 19 mai 2015"],
    ]);
    expect(await db.auditEntry.count({ where: { entityType: "Demand", entityId: demand.id, actorId: coordinator.id } })).toBe(3);
  });

  test("a step dated before the demand was raised moves its raising date back", async () => {
    const demand = await makeDemand();
    await recordDemandStatus({ actor: actorOf(coordinator), data: step(demand.id, 1, { date: "2014-06-05", status: "RAISED" }) });
    expect(await row(demand.id)).toMatchObject({ raisedOn: d("2014-06-05"), status: "RAISED" });
  });

  test("a member is refused and nothing is written; a stale version is a conflict; the note in French is required", async () => {
    const demand = await makeDemand();
    expect(await codeOf(recordDemandStatus({ actor: actorOf(member), data: step(demand.id, 1, { date: "2015-01-01", status: "MET" }) }))).toBe("FORBIDDEN");
    expect(await codeOf(recordDemandStatus({ actor: actorOf(coordinator), data: step(demand.id, 7, { date: "2015-01-01", status: "MET" }) }))).toBe("CONFLICT");
    expect(await row(demand.id)).toMatchObject({ status: "RAISED", version: 1 });
    expect(await db.demandStatusChange.count({ where: { demandId: demand.id } })).toBe(0);
    const noNote = ZRecordDemandStatusSchema.safeParse({ demandId: demand.id, version: "1", submissionId: newSubmissionId(), date: "2015-01-01", status: "MET", noteFr: " " });
    expect(noNote.error?.issues[0]).toMatchObject({ path: ["noteFr"], message: "required" });
    const twoSources = ZRecordDemandStatusSchema.safeParse({ demandId: demand.id, version: "1", submissionId: newSubmissionId(), date: "2015-01-01", status: "MET", noteFr: "x", sourceLabel: "a", sourceLetterId: "b" });
    expect(twoSources.error?.issues[0]).toMatchObject({ message: "oneSource" });
  });

  test("the same form arriving twice records one step", async () => {
    const demand = await makeDemand();
    const data = step(demand.id, 1, { date: "2015-01-01", status: "ACKNOWLEDGED" });
    const first = await recordDemandStatus({ actor: actorOf(coordinator), data });
    const again = await recordDemandStatus({ actor: actorOf(coordinator), data });
    expect(again.id).toBe(first.id);
    expect(await db.demandStatusChange.count({ where: { demandId: demand.id } })).toBe(1);
  });
});

describe("recording a commitment", () => {
  test("a promise by an official through the position held that day, kept late, reads as kept 139 days late", async () => {
    const demand = await makeDemand();
    const institution = await db.institution.create({ data: { name: `Ministère ${newSubmissionId().slice(0, 5)}`, kind: "MINISTRY" }, select: { id: true } });
    const person = await db.person.create({ data: { firstName: "Raphaël", lastName: `Conseiller-${newSubmissionId().slice(0, 5)}` }, select: { id: true } });
    const position = await db.position.create({
      data: { personId: person.id, institutionId: institution.id, title: "Conseiller immigration et asile", startDate: d("2014-05-01"), endDate: d("2016-12-01") },
      select: { id: true },
    });
    const base = {
      demandId: demand.id,
      descriptionFr: "Diffuser l'instruction avant fin 2014.",
      promisedByPositionId: position.id,
      dueOn: "2014-12-31",
      visibility: "MEMBERS",
    };
    const outOfOffice = ZRecordCommitmentSchema.parse({ ...base, submissionId: newSubmissionId(), promisedOn: "2014-01-10", status: "PENDING" });
    try {
      await recordCommitment({ actor: actorOf(coordinator), data: outOfOffice });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, "VALIDATION") && error.details.fields).toEqual({ promisedByPositionId: "positionNotHeldOnDate" });
    }
    const kept = ZRecordCommitmentSchema.parse({ ...base, submissionId: newSubmissionId(), promisedOn: "2014-09-23", keptOn: "2015-05-19", status: "KEPT" });
    expect(await codeOf(recordCommitment({ actor: actorOf(member), data: kept }))).toBe("FORBIDDEN");
    await recordCommitment({ actor: actorOf(coordinator), data: kept });
    const detail = await getDemand(actorOf(member), demand.id);
    expect(detail!.commitments).toHaveLength(1);
    expect(detail!.commitments[0]).toMatchObject({ promisedByPerson: { id: person.id }, status: "KEPT", timing: { kind: "kept-late", days: 139 } });
  });

  test("a kept date needs the kept status, and a kept commitment needs its date", () => {
    const base = { demandId: "x", submissionId: newSubmissionId(), descriptionFr: "Promesse", visibility: "MEMBERS" };
    expect(ZRecordCommitmentSchema.safeParse({ ...base, status: "KEPT" }).error?.issues[0]).toMatchObject({ path: ["keptOn"], message: "keptOnNeeded" });
    expect(ZRecordCommitmentSchema.safeParse({ ...base, status: "PENDING", keptOn: "2015-05-19" }).error?.issues[0]).toMatchObject({ message: "keptOnMeansKept" });
  });
});
