import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newSubmissionId } from "@/lib/forms/submission";
import { ZCancelMeetingSchema, ZDeleteMeetingSchema } from "@/lib/meetings/form-schema";
import { cancelMeeting, createMeeting, deleteMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { actorOf, makeOrganisation, makeUser } from "./accounts-helpers";
import { createInput, meetingSnapshot, seededInstitution, seededOrganisation, seededPosition, unique, updateInput } from "./meeting-helpers";

type User = Awaited<ReturnType<typeof makeUser>>;
let coordinator: User;
let member: User;
let observer: User;

beforeAll(async () => {
  const organisation = await makeOrganisation("Association des rencontres");
  coordinator = await makeUser("COORDINATOR");
  member = await makeUser("MEMBER", organisation.id);
  observer = await makeUser("OBSERVER", organisation.id);
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the coordinator logs a meeting", () => {
  test("with its officials, delegation, demands, actions and people met for the first time, in one go with its audit entry", async () => {
    const [minister, adviser, interior, secours, oicem, instruction] = await Promise.all([
      seededPosition("Cazeneuve", "Ministère de l’Intérieur"),
      seededPosition("Sodini"),
      seededInstitution("Ministère de l’Intérieur"),
      seededOrganisation("secours-catholique"),
      seededOrganisation("oicem"),
      db.demand.findFirstOrThrow({ where: { titleFr: { startsWith: "Une instruction aux préfets" } }, select: { id: true } }),
    ]);
    const andrea = await db.person.findFirstOrThrow({ where: { lastName: "Couzy" }, select: { id: true } });
    const suffix = unique();
    const data = createInput({
      titleFr: `Rencontre avec le ministre ${suffix}`,
      allDay: "on",
      institutions: [interior.id],
      officials: [{ positionId: minister.id }, { positionId: "" }, { positionId: adviser.id }],
      newOfficials: [{ personId: "", firstName: "Jeanne", lastName: `Nouvelle-${suffix}`, title: "Conseillère sociale", institutionId: interior.id, startDate: "2014-06-01" }],
      delegation: [secours.id, oicem.id],
      delegates: [andrea.id],
      demands: [{ demandId: instruction.id, note: "Demandée à nouveau" }],
      newDemands: [{ titleFr: `Former les agents des préfectures ${suffix}`, titleEn: "", targets: [interior.id], note: "Proposée par le Collectif" }],
      actions: [{ title: `Envoyer les exemples ${suffix}`, assigneeOrganisationId: oicem.id, assigneeUserId: member.id, dueOn: "2099-01-31" }],
    });
    const { id, repeated } = await createMeeting({ actor: actorOf(coordinator), data });
    expect(repeated).toBe(false);

    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id },
      include: { institutions: true, officials: { include: { position: { include: { person: true } } } }, delegation: true, delegates: true, demands: true, actions: true },
    });
    // Known only to the day: midnight in Paris.
    expect(meeting).toMatchObject({ allDay: true, startsAt: new Date("2014-09-22T22:00:00.000Z"), kind: "GOVERNMENT", status: "HELD" });
    expect(meeting.institutions.map((i) => i.institutionId)).toEqual([interior.id]);
    expect(meeting.officials.map((o) => o.position.person.lastName).sort()).toEqual(["Cazeneuve", `Nouvelle-${suffix}`, "Sodini"]);
    expect(meeting.delegation.map((d) => d.organisationId).sort()).toEqual([secours.id, oicem.id].sort());
    expect(meeting.delegates.map((d) => d.personId)).toEqual([andrea.id]);

    const newDemand = await db.demand.findFirstOrThrow({
      where: { titleFr: `Former les agents des préfectures ${suffix}` },
      include: { targets: true, statusChanges: true },
    });
    expect(newDemand).toMatchObject({ status: "RAISED", raisedOn: new Date("2014-09-23T00:00:00Z"), visibility: "MEMBERS" });
    expect(newDemand.targets.map((t) => t.institutionId)).toEqual([interior.id]);
    expect(newDemand.statusChanges).toMatchObject([{ status: "RAISED", date: new Date("2014-09-23T00:00:00Z"), sourceMeetingId: id, recordedById: coordinator.id }]);
    expect(meeting.demands.map((d) => [d.demandId, d.note]).sort()).toEqual(
      [
        [instruction.id, "Demandée à nouveau"],
        [newDemand.id, "Proposée par le Collectif"],
      ].sort(),
    );
    expect(meeting.actions).toMatchObject([
      { title: `Envoyer les exemples ${suffix}`, assigneeOrganisationId: oicem.id, assigneeUserId: member.id, status: "OPEN", createdById: coordinator.id },
    ]);

    const audit = await db.auditEntry.findMany({ where: { entityType: "Meeting", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: coordinator.id, action: "create" });
    // The records made on the spot have their own entries, so the audit log finds them by type.
    expect(await db.auditEntry.count({ where: { entityType: "Demand", entityId: newDemand.id, action: "create" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityType: "Action", entityId: meeting.actions[0].id, action: "create" } })).toBe(1);
  });

  test("a failure in the last part (an action for an organisation that does not exist) leaves nothing of the meeting", async () => {
    const [minister, interior] = await Promise.all([seededPosition("Cazeneuve", "Ministère de l’Intérieur"), seededInstitution("Ministère de l’Intérieur")]);
    const suffix = unique();
    const submissionId = newSubmissionId();
    const before = { audit: await db.auditEntry.count(), people: await db.person.count(), positions: await db.position.count() };
    const data = createInput({
      submissionId,
      titleFr: `Rencontre vouée à l'échec ${suffix}`,
      institutions: [interior.id],
      officials: [{ positionId: minister.id }],
      newOfficials: [{ firstName: "Paul", lastName: `Éphémère-${suffix}`, title: "Conseiller", institutionId: interior.id, startDate: "" }],
      newDemands: [{ titleFr: `Revendication éphémère ${suffix}`, targets: [] }],
      actions: [
        { title: "Une action valable", assigneeOrganisationId: "", assigneeUserId: "", dueOn: "" },
        { title: "Une action pour personne", assigneeOrganisationId: "no-such-organisation", assigneeUserId: "", dueOn: "" },
      ],
    });
    const error = await refusal(createMeeting({ actor: actorOf(coordinator), data }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details.fields).toEqual({ "actions.1.assigneeOrganisationId": "unknownChoice" });

    expect(await db.meeting.count({ where: { titleFr: data.titleFr } })).toBe(0);
    expect(await db.person.count({ where: { lastName: `Éphémère-${suffix}` } })).toBe(0);
    expect(await db.demand.count({ where: { titleFr: `Revendication éphémère ${suffix}` } })).toBe(0);
    expect(await db.action.count({ where: { title: "Une action valable", meeting: null } })).toBe(0);
    expect(await db.formSubmission.count({ where: { id: submissionId } })).toBe(0);
    expect({ audit: await db.auditEntry.count(), people: await db.person.count(), positions: await db.position.count() }).toEqual(before);
  });

  test("an official's position that did not exist on the meeting's date is refused beside the field, and nothing is saved", async () => {
    // Najat Vallaud-Belkacem left the Ministry of Women's Rights on 26 August 2014.
    const [womensRights, minister] = await Promise.all([
      seededPosition("Vallaud-Belkacem", "Ministère des Droits des femmes"),
      seededPosition("Cazeneuve", "Ministère de l’Intérieur"),
    ]);
    // An empty row between them, as the form offers: the error names the row the user sees.
    const data = createInput({ officials: [{ positionId: minister.id }, { positionId: "" }, { positionId: womensRights.id }] });
    const error = await refusal(createMeeting({ actor: actorOf(coordinator), data }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details.fields).toEqual({ "officials.2.positionId": "positionNotHeldOnDate" });
    expect(await db.meeting.count({ where: { titleFr: data.titleFr } })).toBe(0);
  });

  test("a delegate from an organisation outside the delegation is refused", async () => {
    const [secours, andrea] = await Promise.all([
      seededOrganisation("secours-catholique"),
      db.person.findFirstOrThrow({ where: { lastName: "Couzy" }, select: { id: true } }),
    ]);
    const data = createInput({ delegation: [secours.id], delegates: [andrea.id] });
    const error = await refusal(createMeeting({ actor: actorOf(coordinator), data }));
    expect(error.details.fields).toEqual({ delegates: "delegateNotInDelegation" });
  });

  test("a double-click on Create creates one meeting", async () => {
    const submissionId = newSubmissionId();
    const data = createInput({ submissionId });
    const results = await Promise.all([createMeeting({ actor: actorOf(coordinator), data }), createMeeting({ actor: actorOf(coordinator), data })]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.meeting.count({ where: { titleFr: data.titleFr } })).toBe(1);
    const again = await createMeeting({ actor: actorOf(coordinator), data });
    expect(again).toEqual({ id: results[0].id, repeated: true });
  });

  test("a validated report names a plenary; validated at a meeting that is not a plenary is refused", async () => {
    const plenary = await db.meeting.findFirstOrThrow({ where: { kind: "PLENARY", startsAt: { gte: new Date("2014-09-28"), lt: new Date("2014-09-30") } }, select: { id: true } });
    const government = await db.meeting.findFirstOrThrow({ where: { kind: "GOVERNMENT" }, select: { id: true } });
    const refused = await refusal(
      createMeeting({ actor: actorOf(coordinator), data: createInput({ report: "Compte-rendu", reportStatus: "VALIDATED", reportValidatedAtId: government.id }) }),
    );
    expect(refused.details.fields).toEqual({ reportValidatedAtId: "notAPlenary" });
    const { id } = await createMeeting({
      actor: actorOf(coordinator),
      data: createInput({ report: "Compte-rendu", reportStatus: "VALIDATED", reportValidatedAtId: plenary.id }),
    });
    // Without a date, the plenary's day.
    expect(await db.meeting.findUniqueOrThrow({ where: { id }, select: { reportStatus: true, reportValidatedOn: true, reportValidatedAtId: true } })).toEqual({
      reportStatus: "VALIDATED",
      reportValidatedOn: new Date("2014-09-29T00:00:00Z"),
      reportValidatedAtId: plenary.id,
    });
  });
});

describe("editing a meeting", () => {
  test("re-saves its sets in the same transaction and records what changed", async () => {
    const [minister, adviser, secours, oicem] = await Promise.all([
      seededPosition("Cazeneuve", "Ministère de l’Intérieur"),
      seededPosition("Sodini"),
      seededOrganisation("secours-catholique"),
      seededOrganisation("oicem"),
    ]);
    const { id } = await createMeeting({
      actor: actorOf(coordinator),
      data: createInput({ officials: [{ positionId: minister.id }], delegation: [secours.id] }),
    });
    const title = `Titre revu ${unique()}`;
    await updateMeeting({
      actor: actorOf(coordinator),
      data: updateInput(id, 1, {
        titleFr: title,
        officials: [{ positionId: adviser.id }],
        delegation: [oicem.id],
        actions: [{ title: "Une nouvelle action", dueOn: "2099-12-31" }],
      }),
    });
    const meeting = await meetingSnapshot(id);
    expect(meeting).toMatchObject({ titleFr: title, version: 2 });
    expect(meeting!.officials.map((o) => o.positionId)).toEqual([adviser.id]);
    expect(meeting!.delegation.map((d) => d.organisationId)).toEqual([oicem.id]);
    expect(meeting!.actions.map((a) => a.title)).toEqual(["Une nouvelle action"]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Meeting", entityId: id, action: "update" } });
    expect(audit.changes).toMatchObject({ titleFr: [expect.any(String), title], officials: [[minister.id], [adviser.id]], delegation: [[secours.id], [oicem.id]] });
  });

  test("a stale version is refused: the second editor is told who saved and what the meeting now holds; the first save stands", async () => {
    const { id } = await createMeeting({ actor: actorOf(coordinator), data: createInput({ place: "Place Beauvau" }) });
    const other = await makeUser("COORDINATOR");
    await updateMeeting({ actor: actorOf(other), data: updateInput(id, 1, { titleFr: "Premier titre", place: "Ministère de l'Intérieur" }) });
    const error = await refusal(
      updateMeeting({
        actor: actorOf(coordinator),
        data: updateInput(id, 1, { titleFr: "Second titre", place: "Ministère de l'Intérieur" }),
        labels: { fields: { titleFr: "Titre (français)", place: "Lieu" }, values: {} },
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.details.conflict).toMatchObject({ version: 2, by: other.name });
    expect(error.details.conflict!.changes).toEqual([{ field: "Titre (français)", value: "Premier titre" }]);
    expect(await meetingSnapshot(id)).toMatchObject({ titleFr: "Premier titre", version: 2 });
    expect(await db.auditEntry.count({ where: { entityType: "Meeting", entityId: id, action: "update" } })).toBe(1);
  });

  test("cancelling keeps the meeting, marked cancelled", async () => {
    const { id } = await createMeeting({ actor: actorOf(coordinator), data: createInput({ status: "PLANNED" }) });
    await cancelMeeting({ actor: actorOf(coordinator), data: ZCancelMeetingSchema.parse({ meetingId: id, version: "1" }) });
    expect(await meetingSnapshot(id)).toMatchObject({ status: "CANCELLED", version: 2 });
    expect(await db.auditEntry.count({ where: { entityType: "Meeting", entityId: id, action: "cancel" } })).toBe(1);
    const stale = await refusal(cancelMeeting({ actor: actorOf(coordinator), data: ZCancelMeetingSchema.parse({ meetingId: id, version: "1" }) }));
    expect(stale.code).toBe("CONFLICT");
  });
});

describe("deleting a meeting", () => {
  test("removes it with its own links, in one transaction with its audit entry", async () => {
    const [minister, secours] = await Promise.all([seededPosition("Cazeneuve", "Ministère de l’Intérieur"), seededOrganisation("secours-catholique")]);
    const instruction = await db.demand.findFirstOrThrow({ where: { titleFr: { startsWith: "Une instruction aux préfets" } }, select: { id: true } });
    const { id } = await createMeeting({
      actor: actorOf(coordinator),
      data: createInput({ officials: [{ positionId: minister.id }], delegation: [secours.id], demands: [{ demandId: instruction.id, note: "" }] }),
    });
    await deleteMeeting({ actor: actorOf(coordinator), data: ZDeleteMeetingSchema.parse({ meetingId: id, version: "1", confirm: "on" }) });
    expect(await meetingSnapshot(id)).toBeNull();
    expect(await db.meetingOfficial.count({ where: { meetingId: id } })).toBe(0);
    expect(await db.meetingDemand.count({ where: { meetingId: id } })).toBe(0);
    // The demand itself stays.
    expect(await db.demand.count({ where: { id: instruction.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityType: "Meeting", entityId: id, action: "delete" } })).toBe(1);
  });

  test("is refused when other records cite it as their source: a demand first raised there, its actions", async () => {
    const { id } = await createMeeting({
      actor: actorOf(coordinator),
      data: createInput({ newDemands: [{ titleFr: `Revendication née ici ${unique()}`, targets: [] }], actions: [{ title: "Suite", dueOn: "" }] }),
    });
    const error = await refusal(deleteMeeting({ actor: actorOf(coordinator), data: ZDeleteMeetingSchema.parse({ meetingId: id, version: "1", confirm: "on" }) }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details.fields).toEqual({ _form: "hasDependents" });
    expect(await meetingSnapshot(id)).not.toBeNull();
  });
});

describe("only coordinators manage meetings", () => {
  test("a member, an observer and an anonymous visitor are refused to create, edit, cancel and delete; nothing changes", async () => {
    const { id } = await createMeeting({ actor: actorOf(coordinator), data: createInput() });
    const before = await meetingSnapshot(id);
    const meetingsBefore = await db.meeting.count();
    for (const actor of [actorOf(member), actorOf(observer), null]) {
      expect((await refusal(createMeeting({ actor, data: createInput() }))).code).toBe("FORBIDDEN");
      expect((await refusal(updateMeeting({ actor, data: updateInput(id, 1, { titleFr: "Pris en main" }) }))).code).toBe("FORBIDDEN");
      expect((await refusal(cancelMeeting({ actor, data: ZCancelMeetingSchema.parse({ meetingId: id, version: "1" }) }))).code).toBe("FORBIDDEN");
      expect(
        (await refusal(deleteMeeting({ actor, data: ZDeleteMeetingSchema.parse({ meetingId: id, version: "1", confirm: "on" }) }))).code,
      ).toBe("FORBIDDEN");
    }
    expect(await meetingSnapshot(id)).toEqual(before);
    expect(await db.meeting.count()).toBe(meetingsBefore);
  });
});
