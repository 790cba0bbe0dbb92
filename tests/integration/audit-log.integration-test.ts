import { describe, expect, test } from "vitest";
import { findAuditEntries, listAuditFilterChoices } from "@/lib/audit/queries";
import { parseAuditListParams } from "@/lib/audit/schema";
import { db } from "@/lib/db";
import { createOrganisation, deleteMembershipEvent, recordMembershipEvent } from "@/lib/organisations/mutations";
import { coordinator, day, newSubmissionId, outsiders, refusedWith, unique } from "./registry-helpers";

async function observerOrganisation() {
  const actor = await coordinator();
  const name = `Association Journal ${unique()}`;
  const { id } = await createOrganisation({
    actor,
    data: { name, acronym: null, website: null, publicContact: null, descriptionFr: null, descriptionEn: null, submissionId: newSubmissionId() },
  });
  const event = await recordMembershipEvent({
    actor,
    data: { organisationId: id, submissionId: newSubmissionId(), kind: "OBSERVER_SINCE", date: day("2014-09-29"), voteResult: null, meetingId: null, note: null },
  });
  return { actor, id, name, eventId: event.id };
}

describe("the audit log", () => {
  test("coordinators browse it newest first, filtered by person: who, what, which record, and what changed", async () => {
    const { actor, id, name, eventId } = await observerOrganisation();
    const page = await findAuditEntries(actor, parseAuditListParams({ actor: actor.id }));
    expect(page.total).toBe(3);
    expect(page.rows.map((row) => [row.action, row.entityType])).toEqual([
      ["update", "Organisation"],
      ["create", "MembershipEvent"],
      ["create", "Organisation"],
    ]);
    expect(page.rows[0]).toMatchObject({ actor: { id: actor.id, name: actor.name }, changes: { status: [null, "OBSERVER"] }, link: { href: `/organisations/${id}`, label: name } });
    expect(page.rows[1].link).toEqual({ href: `/organisations/${id}/membership`, label: name });
    // Ids in the changes are named.
    expect(page.names[id]).toBe(name);

    await deleteMembershipEvent({ actor, data: { organisationId: id, eventId } });
    const after = await findAuditEntries(actor, parseAuditListParams({ actor: actor.id, type: "MembershipEvent" }));
    expect(after.rows.map((row) => row.action)).toEqual(["delete", "create"]);
    // The event is gone: its entries no longer link to it.
    expect(after.rows.every((row) => row.link === null)).toBe(true);
  });

  test("filtered by record type and by date range (Paris days)", async () => {
    const { actor } = await observerOrganisation();
    const byType = await findAuditEntries(actor, parseAuditListParams({ actor: actor.id, type: "MembershipEvent" }));
    expect(byType.rows.map((row) => row.entityType)).toEqual(["MembershipEvent"]);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    expect((await findAuditEntries(actor, parseAuditListParams({ actor: actor.id, from: today, to: today }))).total).toBe(3);
    expect((await findAuditEntries(actor, parseAuditListParams({ actor: actor.id, to: "2014-12-31" }))).total).toBe(0);
    // The seed's import entries are there too, without a person.
    const seed = await findAuditEntries(actor, parseAuditListParams({ type: "Organisation", to: today }));
    expect(seed.rows.some((row) => row.action === "seed" && row.actor === null && row.link === null)).toBe(true);
  });

  test("the choices of the filters are the people and kinds of record found in it", async () => {
    const { actor } = await observerOrganisation();
    const choices = await listAuditFilterChoices(actor);
    expect(choices.actors).toContainEqual({ id: actor.id, name: actor.name });
    expect(choices.types).toEqual(expect.arrayContaining(["MembershipEvent", "Organisation"]));
  });

  test("members, observers and anonymous visitors are refused", async () => {
    for (const { actor } of await outsiders()) {
      await refusedWith(findAuditEntries(actor, parseAuditListParams({})), "FORBIDDEN");
      await refusedWith(listAuditFilterChoices(actor), "FORBIDDEN");
    }
    expect(await db.auditEntry.count()).toBeGreaterThan(0);
  });
});
