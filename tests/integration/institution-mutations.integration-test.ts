import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createInstitution, updateInstitution } from "@/lib/institutions/mutations";
import type { TCreateInstitutionInput } from "@/lib/institutions/schema";
import { auditEntriesOf, coordinator, day, newSubmissionId, outsiders, refusedWith, unique } from "./registry-helpers";

const institutionData = (overrides: Partial<TCreateInstitutionInput> = {}): TCreateInstitutionInput => ({
  name: `Ministère des Essais ${unique()}`,
  nameEn: "Ministry of Trials",
  acronym: null,
  kind: "MINISTRY",
  address: null,
  website: "https://www.example.gouv.fr",
  endedOn: null,
  successorId: null,
  submissionId: newSubmissionId(),
  ...overrides,
});

async function makeInstitution(successorId: string | null = null) {
  const actor = await coordinator();
  const { id } = await createInstitution({ actor, data: institutionData({ successorId }) });
  return db.institution.findUniqueOrThrow({ where: { id } });
}

function updateData(institution: Awaited<ReturnType<typeof makeInstitution>>, changes: Partial<TCreateInstitutionInput> = {}) {
  const { id, version, name, nameEn, acronym, kind, address, website, endedOn, successorId } = institution;
  return { institutionId: id, version, name, nameEn, acronym, kind, address, website, endedOn, successorId, ...changes };
}

describe("the coordinator records institutions", () => {
  test("a new institution is saved with an audit entry naming who created it and what", async () => {
    const actor = await coordinator();
    const data = institutionData({ acronym: "MDE" });
    const { id, repeated } = await createInstitution({ actor, data });
    expect(repeated).toBe(false);
    const saved = await db.institution.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ name: data.name, acronym: "MDE", kind: "MINISTRY", version: 1 });
    const [entry] = await auditEntriesOf("Institution", id);
    expect(entry).toMatchObject({ action: "create", actorId: actor.id });
    expect(entry.changes).toMatchObject({ name: data.name, acronym: "MDE", kind: "MINISTRY" });
  });

  test("a double-click creates one institution", async () => {
    const actor = await coordinator();
    const data = institutionData();
    const results = await Promise.all([createInstitution({ actor, data }), createInstitution({ actor, data })]);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await db.institution.count({ where: { name: data.name } })).toBe(1);
  });

  test("an edit records what changed, before and after, and moves the version on", async () => {
    const actor = await coordinator();
    const institution = await makeInstitution();
    await updateInstitution({ actor, data: updateData(institution, { name: `${institution.name} renommé`, endedOn: day("2014-08-26") }) });
    const saved = await db.institution.findUniqueOrThrow({ where: { id: institution.id } });
    expect(saved).toMatchObject({ name: `${institution.name} renommé`, version: 2 });
    const entries = await auditEntriesOf("Institution", institution.id);
    expect(entries.at(-1)).toMatchObject({
      action: "update",
      actorId: actor.id,
      changes: { name: [institution.name, `${institution.name} renommé`], endedOn: [null, "2014-08-26T00:00:00.000Z"] },
    });
  });

  test("a second editor working from a stale version is told who saved and what the record holds", async () => {
    const [first, second] = [await coordinator(), await coordinator()];
    const institution = await makeInstitution();
    await updateInstitution({ actor: first, data: updateData(institution, { acronym: "PREMIER" }) });
    const error = await refusedWith(
      updateInstitution({ actor: second, data: updateData(institution, { acronym: "SECOND" }), texts: { labels: { acronym: "Sigle" } } }),
      "CONFLICT",
    );
    expect(error.details.conflict).toMatchObject({ version: 2, by: first.name, changes: [{ field: "Sigle", value: "PREMIER" }] });
    expect((await db.institution.findUniqueOrThrow({ where: { id: institution.id } })).acronym).toBe("PREMIER");
  });
});

describe("successors: a ministry renamed or merged", () => {
  test("an institution is succeeded by another", async () => {
    const actor = await coordinator();
    const [old, successor] = [await makeInstitution(), await makeInstitution()];
    await updateInstitution({ actor, data: updateData(old, { successorId: successor.id, endedOn: day("2014-08-26") }) });
    expect((await db.institution.findUniqueOrThrow({ where: { id: old.id } })).successorId).toBe(successor.id);
  });

  test("an institution cannot be its own successor", async () => {
    const actor = await coordinator();
    const institution = await makeInstitution();
    const error = await refusedWith(updateInstitution({ actor, data: updateData(institution, { successorId: institution.id }) }), "VALIDATION");
    expect(error.details.fields).toEqual({ successorId: "successorSelf" });
  });

  test("nor succeed, through a chain, an institution that follows it", async () => {
    const actor = await coordinator();
    const c = await makeInstitution();
    const b = await makeInstitution(c.id);
    const a = await makeInstitution(b.id);
    // a → b → c: making c succeeded by a would close the loop.
    const error = await refusedWith(updateInstitution({ actor, data: updateData(c, { successorId: a.id }) }), "VALIDATION");
    expect(error.details.fields).toEqual({ successorId: "successorCycle" });
    expect((await db.institution.findUniqueOrThrow({ where: { id: c.id } })).successorId).toBeNull();
    expect(await auditEntriesOf("Institution", c.id)).toHaveLength(1);
  });

  test("a successor that does not exist is refused beside its field", async () => {
    const actor = await coordinator();
    const error = await refusedWith(createInstitution({ actor, data: institutionData({ successorId: "no-such-institution" }) }), "VALIDATION");
    expect(error.details.fields).toEqual({ successorId: "successorUnknown" });
  });
});

describe("only coordinators write institutions", () => {
  test("members, observers and anonymous visitors are refused and nothing changes", async () => {
    const institution = await makeInstitution();
    for (const { label, actor } of await outsiders()) {
      const data = institutionData();
      await refusedWith(createInstitution({ actor, data }), "FORBIDDEN");
      expect(await db.institution.count({ where: { name: data.name } }), label).toBe(0);
      await refusedWith(updateInstitution({ actor, data: updateData(institution, { name: "Piraté" }) }), "FORBIDDEN");
    }
    expect(await db.institution.findUniqueOrThrow({ where: { id: institution.id } })).toMatchObject({ name: institution.name, version: 1 });
    expect(await auditEntriesOf("Institution", institution.id)).toHaveLength(1);
  });
});
