// Recording a demand's life, and correcting it: status changes keep the demand's status on the
// latest step by date; commitments name the official through the position held that day, and are
// followed up (kept on a day, broken) against their version.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { getCommitmentForEdit, getDemandStatusChangeForEdit } from "@/lib/demands/history-form-queries";
import { recordCommitment, recordDemandStatus, updateCommitment, updateDemandStatus } from "@/lib/demands/history-mutations";
import { ZRecordCommitmentSchema, ZRecordDemandStatusSchema, ZUpdateCommitmentSchema, ZUpdateDemandStatusSchema } from "@/lib/demands/history-schema";
import { getDemand } from "@/lib/demands/queries";
import { isAppError } from "@/lib/errors";
import { newSubmissionId } from "@/lib/forms/submission";
import { findPublicEntry } from "@/lib/public/queries";
import { todayAsDate } from "@/lib/lists/where";
import { actorOf, makeOrganisation, makeUser } from "./accounts-helpers";

let coordinator: Awaited<ReturnType<typeof makeUser>>;
let member: Awaited<ReturnType<typeof makeUser>>;
let observer: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  const organisation = await makeOrganisation("Asso D");
  [coordinator, member, observer] = await Promise.all([makeUser("COORDINATOR"), makeUser("MEMBER", organisation.id), makeUser("OBSERVER", organisation.id)]);
});

const d = (day: string) => new Date(`${day}T00:00:00Z`);

async function makeDemand(visibility: "PUBLIC" | "MEMBERS" = "MEMBERS") {
  return db.demand.create({
    data: { titleFr: `Revendication ${newSubmissionId().slice(0, 6)}`, raisedOn: d("2014-09-23"), statusDate: d("2014-09-23"), visibility },
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

/** Who is refused a coordinator's correction: every role but the coordination, and an anonymous visitor. */
const refused = () => [actorOf(member), actorOf(observer), null];

describe("correcting a step of a demand's life", () => {
  async function demandWithSteps(visibility: "PUBLIC" | "MEMBERS" = "MEMBERS") {
    const demand = await makeDemand(visibility);
    const promised = await recordDemandStatus({ actor: actorOf(coordinator), data: step(demand.id, 1, { date: "2014-09-23", status: "PROMISED", noteFr: "Le ministère s'engage." }) });
    const met = await recordDemandStatus({ actor: actorOf(coordinator), data: step(demand.id, 2, { date: "2015-05-19", status: "MET", noteFr: "Instruction publiée." }) });
    return { demandId: demand.id, promisedId: promised.id, metId: met.id };
  }

  const correction = (demandId: string, changeId: string, version: number, fields: Record<string, string>) =>
    ZUpdateDemandStatusSchema.parse({ demandId, changeId, version: String(version), noteFr: "Note", ...fields });

  test("the coordinator completes a step's English note and makes it a milestone, in one transaction with its audit entry", async () => {
    const { demandId, metId } = await demandWithSteps();
    const data = correction(demandId, metId, 1, { date: "2015-05-19", status: "MET", noteFr: "Instruction publiée.", noteEn: "Instruction issued.", milestone: "on", sourceLabel: "Instruction NOR INTV1501995N" });
    await updateDemandStatus({ actor: actorOf(coordinator), data });
    expect(await db.demandStatusChange.findUniqueOrThrow({ where: { id: metId } })).toMatchObject({
      noteEn: "Instruction issued.",
      milestone: true,
      sourceLabel: "Instruction NOR INTV1501995N",
      version: 2,
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "DemandStatusChange", entityId: metId, action: "update" } });
    expect(audit.actorId).toBe(coordinator.id);
    expect(audit.changes).toMatchObject({ demandId, noteEn: [null, "Instruction issued."], milestone: [false, true] });
    // The demand's status was not touched: same latest step, same version.
    expect(await row(demandId)).toMatchObject({ status: "MET", statusDate: d("2015-05-19"), version: 3 });
  });

  test("a step moved in time or given another status moves the demand's status with it", async () => {
    const { demandId, promisedId, metId } = await demandWithSteps();
    // The publication was in fact a partial answer.
    await updateDemandStatus({ actor: actorOf(coordinator), data: correction(demandId, metId, 1, { date: "2015-05-19", status: "PARTLY_MET" }) });
    expect(await row(demandId)).toMatchObject({ status: "PARTLY_MET", statusDate: d("2015-05-19"), version: 4 });
    // The promise was made later than the publication it was recorded before, and earlier than the demand was raised.
    await updateDemandStatus({ actor: actorOf(coordinator), data: correction(demandId, promisedId, 1, { date: "2015-06-01", status: "PROMISED" }) });
    expect(await row(demandId)).toMatchObject({ status: "PROMISED", statusDate: d("2015-06-01"), version: 5 });
    await updateDemandStatus({ actor: actorOf(coordinator), data: correction(demandId, promisedId, 2, { date: "2014-06-05", status: "PROMISED" }) });
    expect(await row(demandId)).toMatchObject({ status: "PARTLY_MET", statusDate: d("2015-05-19"), raisedOn: d("2014-06-05") });
    const demandAudit = await db.auditEntry.findMany({ where: { entityType: "Demand", entityId: demandId, action: "update" }, orderBy: { createdAt: "asc" } });
    expect(demandAudit.at(-1)!.changes).toMatchObject({ status: ["PROMISED", "PARTLY_MET"] });
  });

  test("a stale version is a conflict that says what the step holds now; nothing is overwritten", async () => {
    const { demandId, metId } = await demandWithSteps();
    await updateDemandStatus({ actor: actorOf(coordinator), data: correction(demandId, metId, 1, { date: "2015-05-19", status: "MET", noteFr: "Première correction" }) });
    try {
      await updateDemandStatus({
        actor: actorOf(coordinator),
        data: correction(demandId, metId, 1, { date: "2015-05-19", status: "MET", noteFr: "Seconde correction" }),
        texts: { labels: { noteFr: "Note (français)" } },
      });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, "CONFLICT")).toBe(true);
      const conflict = (error as { details: { conflict: { version: number; by: string | null; changes: unknown[] } } }).details.conflict;
      expect(conflict.version).toBe(2);
      expect(conflict.by).toBe(coordinator.name);
      expect(conflict.changes).toEqual([{ field: "Note (français)", value: "Première correction" }]);
    }
    expect(await db.demandStatusChange.findUniqueOrThrow({ where: { id: metId } })).toMatchObject({ noteFr: "Première correction", version: 2 });
  });

  test("every role but the coordination is refused, and nothing is written; the form is not shown to them either", async () => {
    const { demandId, metId } = await demandWithSteps();
    const data = correction(demandId, metId, 1, { date: "2015-05-19", status: "REJECTED", noteFr: "Refusée" });
    for (const actor of refused()) {
      expect(await codeOf(updateDemandStatus({ actor, data })), actor?.role ?? "anonymous").toBe("FORBIDDEN");
      expect(await getDemandStatusChangeForEdit(actor, demandId, metId)).toBeNull();
    }
    expect(await db.demandStatusChange.findUniqueOrThrow({ where: { id: metId } })).toMatchObject({ status: "MET", noteFr: "Instruction publiée.", version: 1 });
    expect(await row(demandId)).toMatchObject({ status: "MET", version: 3 });
    expect(await db.auditEntry.count({ where: { entityType: "DemandStatusChange", entityId: metId, action: "update" } })).toBe(0);
    expect(await getDemandStatusChangeForEdit(actorOf(coordinator), demandId, metId)).toMatchObject({ id: metId, version: 1 });
  });

  test("a step of another demand, or an unknown source, is refused; the note in French and one source are still required", async () => {
    const { demandId, metId } = await demandWithSteps();
    const other = await makeDemand();
    expect(await codeOf(updateDemandStatus({ actor: actorOf(coordinator), data: correction(other.id, metId, 1, { date: "2015-05-19", status: "MET" }) }))).toBe("NOT_FOUND");
    expect(await getDemandStatusChangeForEdit(actorOf(coordinator), other.id, metId)).toBeNull();
    try {
      await updateDemandStatus({ actor: actorOf(coordinator), data: correction(demandId, metId, 1, { date: "2015-05-19", status: "MET", sourceLetterId: "cnosuchletter" }) });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, "VALIDATION") && error.details.fields).toEqual({ sourceLetterId: "notFound" });
    }
    const base = { demandId, changeId: metId, version: "1", date: "2015-05-19", status: "MET" };
    expect(ZUpdateDemandStatusSchema.safeParse({ ...base, noteFr: "  " }).error?.issues[0]).toMatchObject({ path: ["noteFr"], message: "required" });
    expect(ZUpdateDemandStatusSchema.safeParse({ ...base, noteFr: "x", sourceLabel: "a", sourceMeetingId: "b" }).error?.issues[0]).toMatchObject({ message: "oneSource" });
    expect(ZUpdateDemandStatusSchema.safeParse({ ...base, noteFr: "x", version: "" }).error?.issues[0]).toMatchObject({ path: ["version"] });
  });

  test("a step made a public milestone appears on the public timeline of a public demand, and leaves it when unmade", async () => {
    const { demandId, metId } = await demandWithSteps("PUBLIC");
    expect(await findPublicEntry("milestone", metId)).toBeNull();
    await updateDemandStatus({ actor: actorOf(coordinator), data: correction(demandId, metId, 1, { date: "2015-05-19", status: "MET", noteFr: "Instruction publiée.", noteEn: "Instruction issued.", milestone: "on" }) });
    expect(await findPublicEntry("milestone", metId)).not.toBeNull();
    await updateDemandStatus({ actor: actorOf(coordinator), data: correction(demandId, metId, 2, { date: "2015-05-19", status: "MET", noteFr: "Instruction publiée." }) });
    expect(await findPublicEntry("milestone", metId)).toBeNull();
  });
});

describe("following up a commitment", () => {
  async function pendingCommitment() {
    const demand = await makeDemand();
    const { id } = await recordCommitment({
      actor: actorOf(coordinator),
      data: ZRecordCommitmentSchema.parse({
        demandId: demand.id,
        submissionId: newSubmissionId(),
        descriptionFr: "Diffuser l'instruction avant fin 2014.",
        promisedOn: "2014-09-23",
        dueOn: "2014-12-31",
        status: "PENDING",
        visibility: "MEMBERS",
      }),
    });
    return { demandId: demand.id, commitmentId: id };
  }

  const followUp = (demandId: string, commitmentId: string, version: number, fields: Record<string, string>) => ({
    demandId,
    commitmentId,
    version: String(version),
    descriptionFr: "Diffuser l'instruction avant fin 2014.",
    promisedOn: "2014-09-23",
    dueOn: "2014-12-31",
    visibility: "MEMBERS",
    ...fields,
  });

  test("the coordinator marks a pending promise kept on the day it was, five months late; the audit says what changed", async () => {
    const { demandId, commitmentId } = await pendingCommitment();
    expect((await getDemand(actorOf(member), demandId))!.commitments[0].timing.kind).toBe("overdue");
    const data = ZUpdateCommitmentSchema.parse(followUp(demandId, commitmentId, 1, { status: "KEPT", keptOn: "2015-05-19", note: "Instruction NOR INTV1501995N" }));
    await updateCommitment({ actor: actorOf(coordinator), data });
    const detail = await getDemand(actorOf(member), demandId);
    expect(detail!.commitments[0]).toMatchObject({ status: "KEPT", keptOn: d("2015-05-19"), timing: { kind: "kept-late", days: 139 } });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { version: true, note: true } })).toEqual({ version: 2, note: "Instruction NOR INTV1501995N" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Commitment", entityId: commitmentId, action: "update" } });
    expect(audit.actorId).toBe(coordinator.id);
    expect(audit.changes).toEqual({ demandId, status: ["PENDING", "KEPT"], keptOn: [null, "2015-05-19T00:00:00.000Z"], note: [null, "Instruction NOR INTV1501995N"] });
  });

  test("a kept date is required when kept, refused otherwise, refused before the promise and on a day still to come", () => {
    const base = followUp("x", "y", 1, {});
    const issue = (fields: Record<string, string>) => ZUpdateCommitmentSchema.safeParse({ ...base, ...fields }).error?.issues[0];
    expect(issue({ status: "KEPT" })).toMatchObject({ path: ["keptOn"], message: "keptOnNeeded" });
    expect(issue({ status: "BROKEN", keptOn: "2015-05-19" })).toMatchObject({ path: ["status"], message: "keptOnMeansKept" });
    expect(issue({ status: "PENDING", keptOn: "2015-05-19" })).toMatchObject({ path: ["status"], message: "keptOnMeansKept" });
    expect(issue({ status: "KEPT", keptOn: "2014-09-22" })).toMatchObject({ path: ["keptOn"], message: "keptBeforePromise" });
    const tomorrow = new Date(todayAsDate().getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(issue({ status: "KEPT", keptOn: tomorrow })).toMatchObject({ path: ["keptOn"], message: "keptInFuture" });
    const today = todayAsDate().toISOString().slice(0, 10);
    expect(ZUpdateCommitmentSchema.safeParse({ ...base, status: "KEPT", keptOn: today }).success).toBe(true);
    expect(ZUpdateCommitmentSchema.safeParse({ ...base, status: "BROKEN" }).success).toBe(true);
    // The form to record one holds to the same rules.
    expect(ZRecordCommitmentSchema.safeParse({ ...base, submissionId: newSubmissionId(), status: "KEPT", keptOn: tomorrow }).error?.issues[0]).toMatchObject({ message: "keptInFuture" });
  });

  test("a stale version is a conflict that says what the commitment holds now; nothing is overwritten", async () => {
    const { demandId, commitmentId } = await pendingCommitment();
    await updateCommitment({ actor: actorOf(coordinator), data: ZUpdateCommitmentSchema.parse(followUp(demandId, commitmentId, 1, { status: "BROKEN" })) });
    try {
      await updateCommitment({
        actor: actorOf(coordinator),
        data: ZUpdateCommitmentSchema.parse(followUp(demandId, commitmentId, 1, { status: "KEPT", keptOn: "2015-05-19" })),
        texts: { labels: { status: "État", keptOn: "Tenu le" }, values: { status: { BROKEN: "Non tenu", KEPT: "Tenu" } } },
      });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, "CONFLICT")).toBe(true);
      const conflict = (error as { details: { conflict: { version: number; changes: unknown[] } } }).details.conflict;
      expect(conflict.version).toBe(2);
      expect(conflict.changes).toEqual([
        { field: "Tenu le", value: "" },
        { field: "État", value: "Non tenu" },
      ]);
    }
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { status: true, keptOn: true, version: true } })).toEqual({ status: "BROKEN", keptOn: null, version: 2 });
  });

  test("every role but the coordination is refused, and nothing is written; the form is not shown to them either", async () => {
    const { demandId, commitmentId } = await pendingCommitment();
    const data = ZUpdateCommitmentSchema.parse(followUp(demandId, commitmentId, 1, { status: "KEPT", keptOn: "2015-05-19" }));
    for (const actor of refused()) {
      expect(await codeOf(updateCommitment({ actor, data })), actor?.role ?? "anonymous").toBe("FORBIDDEN");
      expect(await getCommitmentForEdit(actor, demandId, commitmentId)).toBeNull();
    }
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { status: true, version: true } })).toEqual({ status: "PENDING", version: 1 });
    expect(await db.auditEntry.count({ where: { entityType: "Commitment", entityId: commitmentId, action: "update" } })).toBe(0);
    expect(await getCommitmentForEdit(actorOf(coordinator), demandId, commitmentId)).toMatchObject({ id: commitmentId, status: "PENDING", version: 1 });
  });

  test("a commitment of another demand is not found; an official who did not hold the position that day is refused beside the field", async () => {
    const { demandId, commitmentId } = await pendingCommitment();
    const other = await makeDemand();
    expect(await codeOf(updateCommitment({ actor: actorOf(coordinator), data: ZUpdateCommitmentSchema.parse(followUp(other.id, commitmentId, 1, { status: "BROKEN" })) }))).toBe("NOT_FOUND");
    const institution = await db.institution.create({ data: { name: `Ministère ${newSubmissionId().slice(0, 5)}`, kind: "MINISTRY" }, select: { id: true } });
    const person = await db.person.create({ data: { firstName: "Raphaël", lastName: `Conseiller-${newSubmissionId().slice(0, 5)}` }, select: { id: true } });
    const position = await db.position.create({ data: { personId: person.id, institutionId: institution.id, title: "Conseiller", startDate: d("2015-01-01") }, select: { id: true } });
    try {
      await updateCommitment({ actor: actorOf(coordinator), data: ZUpdateCommitmentSchema.parse(followUp(demandId, commitmentId, 1, { status: "PENDING", promisedByPositionId: position.id })) });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, "VALIDATION") && error.details.fields).toEqual({ promisedByPositionId: "positionNotHeldOnDate" });
    }
    await updateCommitment({
      actor: actorOf(coordinator),
      data: ZUpdateCommitmentSchema.parse(followUp(demandId, commitmentId, 1, { status: "PENDING", promisedByPositionId: position.id, promisedOn: "2015-02-01", dueOn: "2015-03-01" })),
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { promisedByPersonId: true, version: true } })).toEqual({ promisedByPersonId: person.id, version: 2 });
  });
});
