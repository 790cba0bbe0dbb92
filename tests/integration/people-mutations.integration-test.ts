import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createPerson, createPosition, endPositionAndStartNext, updatePerson, updatePosition } from "@/lib/people/mutations";
import type { TCreatePersonInput } from "@/lib/people/schema";
import { makeOrganisation } from "./accounts-helpers";
import { auditEntriesOf, coordinator, day, newSubmissionId, outsiders, refusedWith, unique } from "./registry-helpers";

async function makeInstitution() {
  return db.institution.create({ data: { name: `Ministère ${unique()}`, kind: "MINISTRY" }, select: { id: true, name: true } });
}

const personData = (overrides: Partial<TCreatePersonInput> = {}): TCreatePersonInput => ({
  firstName: "Camille",
  lastName: `Essai-${unique()}`,
  organisationId: null,
  notes: null,
  submissionId: newSubmissionId(),
  positionTitle: null,
  positionTitleEn: null,
  positionInstitutionId: null,
  positionStartDate: null,
  positionEndDate: null,
  ...overrides,
});

/** An adviser holding one open position since 1 January 2014, met on 23 September 2014. */
async function adviserWithMeeting() {
  const actor = await coordinator();
  const institution = await makeInstitution();
  const { id: personId } = await createPerson({
    actor,
    data: personData({ positionTitle: "Conseiller immigration", positionInstitutionId: institution.id, positionStartDate: day("2014-01-01") }),
  });
  const position = await db.position.findFirstOrThrow({ where: { personId } });
  const meeting = await db.meeting.create({
    data: {
      titleFr: `Rencontre ${unique()}`,
      startsAt: new Date("2014-09-23T14:00:00.000Z"),
      kind: "GOVERNMENT",
      officials: { create: { positionId: position.id } },
    },
    select: { id: true },
  });
  return { actor, institution, personId, position, meeting };
}

describe("people", () => {
  test("the coordinator creates an official with the position they hold, in one go", async () => {
    const actor = await coordinator();
    const institution = await makeInstitution();
    const data = personData({ positionTitle: "Conseillère justice", positionInstitutionId: institution.id, positionStartDate: day("2014-09-11") });
    const { id } = await createPerson({ actor, data });
    const person = await db.person.findUniqueOrThrow({ where: { id }, select: { lastName: true, positions: { select: { id: true, title: true, startDate: true } } } });
    expect(person.lastName).toBe(data.lastName);
    expect(person.positions).toMatchObject([{ title: "Conseillère justice", startDate: day("2014-09-11") }]);
    expect(await auditEntriesOf("Person", id)).toMatchObject([{ action: "create", actorId: actor.id }]);
    expect(await auditEntriesOf("Position", person.positions[0].id)).toMatchObject([{ action: "create", changes: { personId: id, title: "Conseillère justice" } }]);
  });

  test("a double-click creates one person", async () => {
    const actor = await coordinator();
    const data = personData();
    const [a, b] = await Promise.all([createPerson({ actor, data }), createPerson({ actor, data })]);
    expect(a.id).toBe(b.id);
    expect(await db.person.count({ where: { lastName: data.lastName } })).toBe(1);
  });

  test("a person's position with an institution that no longer exists saves nothing of the person", async () => {
    const actor = await coordinator();
    const data = personData({ positionTitle: "Conseiller", positionInstitutionId: "gone" });
    const error = await refusedWith(createPerson({ actor, data }), "VALIDATION");
    expect(error.details.fields).toEqual({ positionInstitutionId: "institutionUnknown" });
    expect(await db.person.count({ where: { lastName: data.lastName } })).toBe(0);
  });

  test("staff of a member association; an edit records the diff; a stale edit is a conflict", async () => {
    const [first, second] = [await coordinator(), await coordinator()];
    const organisation = await makeOrganisation();
    const { id } = await createPerson({ actor: first, data: personData({ organisationId: organisation.id }) });
    const person = await db.person.findUniqueOrThrow({ where: { id } });
    const edit = { personId: id, version: 1, firstName: "Camille", lastName: person.lastName, organisationId: organisation.id, notes: null };
    await updatePerson({ actor: first, data: { ...edit, notes: "Référente traite" } });
    expect((await auditEntriesOf("Person", id)).at(-1)).toMatchObject({ action: "update", changes: { notes: [null, "Référente traite"] } });
    const error = await refusedWith(updatePerson({ actor: second, data: { ...edit, firstName: "Camila" }, texts: { labels: { firstName: "Prénom", notes: "Notes" } } }), "CONFLICT");
    // What the saved record holds where it differs from the second editor's input.
    expect(error.details.conflict).toMatchObject({
      version: 2,
      by: first.name,
      changes: [
        { field: "Prénom", value: "Camille" },
        { field: "Notes", value: "Référente traite" },
      ],
    });
    expect((await db.person.findUniqueOrThrow({ where: { id } })).firstName).toBe("Camille");
  });
});

describe("positions over time", () => {
  test("a position is added, with the end not before the start checked by the schema", async () => {
    const { actor, institution, personId } = await adviserWithMeeting();
    const { id } = await createPosition({
      actor,
      data: { personId, title: "Chargé de mission", titleEn: null, institutionId: institution.id, startDate: day("2012-01-01"), endDate: day("2013-06-30"), submissionId: newSubmissionId() },
    });
    expect(await db.position.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Chargé de mission", endDate: day("2013-06-30") });
  });

  test("the same title at the same institution over overlapping periods is refused", async () => {
    const { actor, institution, personId } = await adviserWithMeeting();
    const error = await refusedWith(
      createPosition({
        actor,
        data: { personId, title: "conseiller immigration ", titleEn: null, institutionId: institution.id, startDate: day("2015-01-01"), endDate: null, submissionId: newSubmissionId() },
      }),
      "VALIDATION",
    );
    expect(error.details.fields).toEqual({ startDate: "overlappingPosition" });
    expect(await db.position.count({ where: { personId } })).toBe(1);
  });

  test("ending a position and starting the next keeps history: the old one ends, the new one starts that day, past meetings are unchanged", async () => {
    const { actor, institution, personId, position, meeting } = await adviserWithMeeting();
    const other = await makeInstitution();
    const { newPositionId } = await endPositionAndStartNext({
      actor,
      data: { positionId: position.id, version: position.version, changeDate: day("2015-09-01"), title: "Conseiller diplomatique", titleEn: "Diplomatic adviser", institutionId: other.id },
    });
    const positions = await db.position.findMany({ where: { personId }, orderBy: { startDate: "asc" }, select: { id: true, title: true, institutionId: true, startDate: true, endDate: true } });
    expect(positions).toEqual([
      { id: position.id, title: "Conseiller immigration", institutionId: institution.id, startDate: day("2014-01-01"), endDate: day("2015-09-01") },
      { id: newPositionId, title: "Conseiller diplomatique", institutionId: other.id, startDate: day("2015-09-01"), endDate: null },
    ]);
    // The meeting of 23 September 2014 still shows him with the title he held that day.
    expect(await db.meetingOfficial.findMany({ where: { meetingId: meeting.id }, select: { positionId: true } })).toEqual([{ positionId: position.id }]);
    expect((await auditEntriesOf("Position", position.id)).at(-1)).toMatchObject({ action: "update", changes: { endDate: [null, "2015-09-01T00:00:00.000Z"] } });
    expect(await auditEntriesOf("Position", newPositionId)).toMatchObject([{ action: "create", actorId: actor.id }]);
  });

  test("a change dated before a meeting the position was used for is refused: that meeting would show a title he no longer held", async () => {
    const { actor, position, institution } = await adviserWithMeeting();
    const error = await refusedWith(
      endPositionAndStartNext({
        actor,
        data: { positionId: position.id, version: position.version, changeDate: day("2014-09-22"), title: "Autre", titleEn: null, institutionId: institution.id },
      }),
      "VALIDATION",
    );
    expect(error.details.fields).toEqual({ changeDate: "usedOutsidePeriod" });
    expect((await db.position.findUniqueOrThrow({ where: { id: position.id } })).endDate).toBeNull();
  });

  test("ending and restarting the very same position is an overlap, and nothing of it is kept", async () => {
    const { actor, position, institution, personId } = await adviserWithMeeting();
    const error = await refusedWith(
      endPositionAndStartNext({
        actor,
        data: { positionId: position.id, version: position.version, changeDate: day("2015-09-01"), title: "Conseiller immigration", titleEn: null, institutionId: institution.id },
      }),
      "VALIDATION",
    );
    expect(error.details.fields).toEqual({ title: "overlappingPosition" });
    // The old position was ended inside the transaction, then rolled back with it.
    expect(await db.position.findMany({ where: { personId }, select: { endDate: true, version: true } })).toEqual([{ endDate: null, version: 1 }]);
    expect(await auditEntriesOf("Position", position.id)).toHaveLength(1);
  });

  test("a position already ended cannot be ended again, and a stale one is a conflict", async () => {
    const { actor, position, institution } = await adviserWithMeeting();
    const change = { positionId: position.id, version: position.version, changeDate: day("2015-09-01"), title: "Conseiller police", titleEn: null, institutionId: institution.id };
    await endPositionAndStartNext({ actor, data: change });
    const again = await refusedWith(endPositionAndStartNext({ actor, data: { ...change, version: 2, title: "Troisième" } }), "VALIDATION");
    expect(again.details.fields).toEqual({ changeDate: "positionAlreadyEnded" });
    await db.position.update({ where: { id: position.id }, data: { endDate: null } });
    const stale = await refusedWith(endPositionAndStartNext({ actor, data: { ...change, changeDate: day("2016-01-01"), title: "Quatrième" } }), "CONFLICT");
    expect(stale.details.conflict?.version).toBe(2);
  });

  test("a title correction edits the position in place; dates that would leave out its meeting are refused", async () => {
    const { actor, position, institution, meeting } = await adviserWithMeeting();
    const edit = { positionId: position.id, version: 1, title: "Conseiller immigration et asile", titleEn: null, institutionId: institution.id, startDate: day("2014-01-01"), endDate: null };
    await updatePosition({ actor, data: edit });
    expect((await auditEntriesOf("Position", position.id)).at(-1)).toMatchObject({
      action: "update",
      changes: { title: ["Conseiller immigration", "Conseiller immigration et asile"] },
    });
    expect(await db.meetingOfficial.count({ where: { meetingId: meeting.id, positionId: position.id } })).toBe(1);
    const error = await refusedWith(updatePosition({ actor, data: { ...edit, version: 2, startDate: day("2014-10-01") } }), "VALIDATION");
    expect(error.details.fields).toEqual({ endDate: "usedOutsidePeriod" });
    const stale = await refusedWith(updatePosition({ actor, data: { ...edit, title: "Autre titre" }, texts: { labels: { title: "Fonction" } } }), "CONFLICT");
    expect(stale.details.conflict?.changes).toEqual([{ field: "Fonction", value: "Conseiller immigration et asile" }]);
  });
});

describe("only coordinators write people and positions", () => {
  test("members, observers and anonymous visitors are refused and nothing changes", async () => {
    const { position, institution, personId } = await adviserWithMeeting();
    for (const { label, actor } of await outsiders()) {
      const data = personData();
      await refusedWith(createPerson({ actor, data }), "FORBIDDEN");
      expect(await db.person.count({ where: { lastName: data.lastName } }), label).toBe(0);
      await refusedWith(updatePerson({ actor, data: { personId, version: 1, firstName: "X", lastName: "Y", organisationId: null, notes: null } }), "FORBIDDEN");
      await refusedWith(
        createPosition({ actor, data: { personId, title: "T", titleEn: null, institutionId: institution.id, startDate: null, endDate: null, submissionId: newSubmissionId() } }),
        "FORBIDDEN",
      );
      await refusedWith(
        updatePosition({ actor, data: { positionId: position.id, version: 1, title: "T", titleEn: null, institutionId: institution.id, startDate: null, endDate: null } }),
        "FORBIDDEN",
      );
      await refusedWith(
        endPositionAndStartNext({ actor, data: { positionId: position.id, version: 1, changeDate: day("2016-01-01"), title: "T", titleEn: null, institutionId: institution.id } }),
        "FORBIDDEN",
      );
    }
    expect(await db.person.findUniqueOrThrow({ where: { id: personId }, select: { version: true, positions: { select: { title: true, version: true, endDate: true } } } })).toEqual({
      version: 1,
      positions: [{ title: "Conseiller immigration", version: 1, endDate: null }],
    });
  });
});
