import { describe, expect, test } from "vitest";
import { getCoordinationWatch } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { createOrganisation, deleteMembershipEvent, recordMembershipEvent, updateOrganisation } from "@/lib/organisations/mutations";
import { ZCreateOrganisationSchema, ZRecordMembershipEventSchema, type TCreateOrganisationInput, type TRecordMembershipEventInput } from "@/lib/organisations/schema";
import { auditEntriesOf, coordinator, day, newSubmissionId, outsiders, refusedWith, unique } from "./registry-helpers";

const organisationData = (overrides: Partial<TCreateOrganisationInput> = {}): TCreateOrganisationInput => ({
  name: `Association Test Observatrice ${unique()}`,
  acronym: null,
  website: "https://www.example.org",
  publicContact: null,
  descriptionFr: null,
  descriptionEn: null,
  submissionId: newSubmissionId(),
  ...overrides,
});

const eventData = (organisationId: string, overrides: Partial<TRecordMembershipEventInput> = {}): TRecordMembershipEventInput => ({
  organisationId,
  submissionId: newSubmissionId(),
  kind: "OBSERVER_SINCE",
  date: day("2014-09-29"),
  voteResult: null,
  meetingId: null,
  note: null,
  ...overrides,
});

const statusOf = async (id: string) => (await db.organisation.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("organisations", () => {
  test("a new organisation gets a slug from its name, made unique when the name is taken", async () => {
    const actor = await coordinator();
    const name = `Sœurs de l’Essai ${unique()}`;
    const first = await createOrganisation({ actor, data: organisationData({ name }) });
    const second = await createOrganisation({ actor, data: organisationData({ name }) });
    const slugs = await db.organisation.findMany({ where: { id: { in: [first.id, second.id] } }, select: { id: true, slug: true } });
    const base = `soeurs-de-l-essai-${name.split(" ").at(-1)}`;
    expect(slugs.find((row) => row.id === first.id)?.slug).toBe(base);
    expect(slugs.find((row) => row.id === second.id)?.slug).toBe(`${base}-2`);
    expect(await auditEntriesOf("Organisation", first.id)).toMatchObject([{ action: "create", actorId: actor.id, changes: { name, slug: base } }]);
  });

  test("a website must be a real https address", () => {
    for (const website of ["http://www.example.org", "javascript:alert(1)", "https://localhost", "www.example.org"]) {
      const parsed = ZCreateOrganisationSchema.safeParse({ name: "Association", website, submissionId: newSubmissionId() });
      expect(parsed.success, website).toBe(false);
      expect(parsed.error?.issues[0].path).toEqual(["website"]);
    }
    expect(ZCreateOrganisationSchema.safeParse({ name: "Association", website: "https://www.example.org/asso", submissionId: newSubmissionId() }).success).toBe(true);
  });

  test("unknown fields are refused", () => {
    const parsed = ZCreateOrganisationSchema.safeParse({ name: "Association", status: "MEMBER", submissionId: newSubmissionId() });
    expect(parsed.error?.issues[0].code).toBe("unrecognized_keys");
  });

  test("a double-click creates one organisation", async () => {
    const actor = await coordinator();
    const data = organisationData();
    const [a, b] = await Promise.all([createOrganisation({ actor, data }), createOrganisation({ actor, data })]);
    expect(a.id).toBe(b.id);
    expect(await db.organisation.count({ where: { name: data.name } })).toBe(1);
  });

  test("an edit keeps the slug, records the diff, and a stale edit is told who saved", async () => {
    const [first, second] = [await coordinator(), await coordinator()];
    const data = organisationData();
    const { id } = await createOrganisation({ actor: first, data });
    const { slug } = await db.organisation.findUniqueOrThrow({ where: { id } });
    const { submissionId: _, ...fields } = data;
    await updateOrganisation({ actor: first, data: { ...fields, organisationId: id, version: 1, name: `${data.name} (renommée)`, publicContact: "contact@example.org" } });
    const saved = await db.organisation.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ slug, name: `${data.name} (renommée)`, version: 2 });
    expect((await auditEntriesOf("Organisation", id)).at(-1)).toMatchObject({
      action: "update",
      changes: { name: [data.name, `${data.name} (renommée)`], publicContact: [null, "contact@example.org"] },
    });
    const error = await refusedWith(
      updateOrganisation({ actor: second, data: { ...fields, organisationId: id, version: 1, acronym: "ATO" }, texts: { labels: { name: "Nom", acronym: "Sigle", publicContact: "Contact public" } } }),
      "CONFLICT",
    );
    expect(error.details.conflict).toMatchObject({
      version: 2,
      by: first.name,
      changes: [
        { field: "Nom", value: `${data.name} (renommée)` },
        // The second editor typed an acronym; the saved record has none.
        { field: "Sigle", value: "" },
        { field: "Contact public", value: "contact@example.org" },
      ],
    });
    expect((await db.organisation.findUniqueOrThrow({ where: { id } })).acronym).toBeNull();
  });
});

describe("membership: the status follows from the history", () => {
  test("scenario 3: an association welcomed as an observer on 29 September 2014 is an OBSERVER, and its admission vote is due a year later on the coordinator's dashboard", async () => {
    const actor = await coordinator();
    const { id } = await createOrganisation({ actor, data: organisationData() });
    const plenary = await db.meeting.findFirstOrThrow({ where: { kind: "PLENARY", startsAt: { gte: new Date("2014-09-28T12:00:00Z"), lt: new Date("2014-09-30") } } });
    await recordMembershipEvent({ actor, data: eventData(id, { meetingId: plenary.id, note: "Observatrice pour un an" }) });
    expect(await statusOf(id)).toBe("OBSERVER");
    const watch = await getCoordinationWatch(actor);
    expect(watch.observersDue.find((row) => row.id === id)).toMatchObject({ since: day("2014-09-29"), voteDue: day("2015-09-29") });
    const audit = await auditEntriesOf("Organisation", id);
    expect(audit.at(-1)).toMatchObject({ action: "update", actorId: actor.id, changes: { status: [null, "OBSERVER"] } });
  });

  test("the admission vote admits it; deleting the vote makes it an observer again", async () => {
    const actor = await coordinator();
    const { id } = await createOrganisation({ actor, data: organisationData() });
    await recordMembershipEvent({ actor, data: eventData(id) });
    const vote = await recordMembershipEvent({ actor, data: eventData(id, { kind: "ADMISSION_VOTE", date: day("2015-09-29"), voteResult: "ADMITTED" }) });
    expect(await statusOf(id)).toBe("MEMBER");
    await deleteMembershipEvent({ actor, data: { organisationId: id, eventId: vote.id } });
    expect(await statusOf(id)).toBe("OBSERVER");
    expect(await db.membershipEvent.count({ where: { id: vote.id } })).toBe(0);
    expect(await auditEntriesOf("MembershipEvent", vote.id)).toMatchObject([
      { action: "create" },
      { action: "delete", changes: { kind: "ADMISSION_VOTE", voteResult: "ADMITTED", organisationId: id } },
    ]);
    await recordMembershipEvent({ actor, data: eventData(id, { kind: "LEFT", date: day("2016-01-10") }) });
    expect(await statusOf(id)).toBe("FORMER");
  });

  test("a double-click records one event", async () => {
    const actor = await coordinator();
    const { id } = await createOrganisation({ actor, data: organisationData() });
    const data = eventData(id);
    await Promise.all([recordMembershipEvent({ actor, data }), recordMembershipEvent({ actor, data })]);
    expect(await db.membershipEvent.count({ where: { organisationId: id } })).toBe(1);
  });

  test("a vote needs its result, and only a vote has one", () => {
    const base = { organisationId: "org", submissionId: newSubmissionId(), date: "2015-09-29" };
    const noResult = ZRecordMembershipEventSchema.safeParse({ ...base, kind: "ADMISSION_VOTE", voteResult: "" });
    expect(noResult.error?.issues).toMatchObject([{ path: ["voteResult"], message: "voteResultRequired" }]);
    const stray = ZRecordMembershipEventSchema.safeParse({ ...base, kind: "MEMBER_SINCE", voteResult: "ADMITTED" });
    expect(stray.error?.issues).toMatchObject([{ path: ["voteResult"], message: "voteResultOnlyForVote" }]);
  });

  test("the meeting it was decided at must be a plenary", async () => {
    const actor = await coordinator();
    const { id } = await createOrganisation({ actor, data: organisationData() });
    const government = await db.meeting.findFirstOrThrow({ where: { kind: "GOVERNMENT" } });
    const error = await refusedWith(recordMembershipEvent({ actor, data: eventData(id, { meetingId: government.id }) }), "VALIDATION");
    expect(error.details.fields).toEqual({ meetingId: "meetingNotPlenary" });
    expect(await db.membershipEvent.count({ where: { organisationId: id } })).toBe(0);
    expect(await statusOf(id)).toBeNull();
  });
});

describe("only coordinators write organisations and their membership", () => {
  test("members, observers and anonymous visitors are refused and nothing changes", async () => {
    const actor = await coordinator();
    const { id } = await createOrganisation({ actor, data: organisationData() });
    const event = await recordMembershipEvent({ actor, data: eventData(id) });
    for (const { label, actor: outsider } of await outsiders()) {
      const data = organisationData();
      await refusedWith(createOrganisation({ actor: outsider, data }), "FORBIDDEN");
      expect(await db.organisation.count({ where: { name: data.name } }), label).toBe(0);
      const { submissionId: _, ...fields } = data;
      await refusedWith(updateOrganisation({ actor: outsider, data: { ...fields, organisationId: id, version: 1 } }), "FORBIDDEN");
      await refusedWith(recordMembershipEvent({ actor: outsider, data: eventData(id, { kind: "MEMBER_SINCE" }) }), "FORBIDDEN");
      await refusedWith(deleteMembershipEvent({ actor: outsider, data: { organisationId: id, eventId: event.id } }), "FORBIDDEN");
    }
    expect(await db.organisation.findUniqueOrThrow({ where: { id }, select: { version: true, status: true, _count: { select: { membershipEvents: true } } } })).toEqual({
      version: 1,
      status: "OBSERVER",
      _count: { membershipEvents: 1 },
    });
  });
});
