// Letters recorded through their mutations: what is saved, what is refused, and that nothing of a
// refused or failed action remains.
import { beforeAll, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { newSubmissionId } from "@/lib/forms/submission";
import { ZCreateLetterSchema, ZDeleteLetterSchema, ZUpdateLetterSchema } from "@/lib/letters/form-schema";
import { createLetter, deleteLetter, updateLetter } from "@/lib/letters/mutations";
import { actorOf, makeOrganisation, makeUser } from "./accounts-helpers";

// The transaction's last insert (the form's submission record) can be made to fail on demand.
const failures = vi.hoisted(() => ({ recordSubmission: false }));
vi.mock("@/lib/forms/submission", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/forms/submission")>();
  return {
    ...real,
    recordSubmission: async (...args: Parameters<typeof real.recordSubmission>) => {
      if (failures.recordSubmission) throw new Error("submission store unavailable");
      return real.recordSubmission(...args);
    },
  };
});

let coordinator: NonNullable<Actor>;
let member: NonNullable<Actor>;
let observer: NonNullable<Actor>;
let interior: string;
let cazeneuveAtInterior: string;
let cazeneuveAsPrimeMinister: string;
let secoursCatholique: string;
let demand: string;

beforeAll(async () => {
  const organisation = await makeOrganisation();
  coordinator = actorOf(await makeUser("COORDINATOR"));
  member = actorOf(await makeUser("MEMBER", organisation.id));
  observer = actorOf(await makeUser("OBSERVER", organisation.id));
  interior = (await db.institution.findFirstOrThrow({ where: { name: "Ministère de l’Intérieur" } })).id;
  cazeneuveAtInterior = (await db.position.findFirstOrThrow({ where: { person: { lastName: "Cazeneuve" }, institutionId: interior } })).id;
  cazeneuveAsPrimeMinister = (await db.position.findFirstOrThrow({ where: { person: { lastName: "Cazeneuve" }, title: "Premier ministre" } })).id;
  secoursCatholique = (await db.organisation.findUniqueOrThrow({ where: { slug: "secours-catholique" } })).id;
  demand = (await db.demand.findFirstOrThrow({ where: { titleFr: { startsWith: "Une instruction aux préfets" } } })).id;
});

const unique = () => newSubmissionId().slice(0, 8);

/** The form as the browser sends it: strings only, recipients as numbered rows. */
function letterForm(overrides: Record<string, unknown> = {}) {
  return {
    submissionId: newSubmissionId(),
    direction: "SENT",
    date: "2015-04-21",
    datePrecision: "DAY",
    subjectFr: `Rappel au ministre de l’Intérieur ${unique()}`,
    subjectEn: "",
    summaryFr: "Les associations s’inquiètent que la circulaire aux préfets n’ait pas été transmise.",
    summaryEn: "",
    senderName: "Collectif « Ensemble contre la traite des êtres humains »",
    senderOrganisationId: secoursCatholique,
    senderInstitutionId: "",
    recipients: [{ institutionId: interior, positionId: cazeneuveAtInterior, organisationId: "" }],
    inReplyToId: "",
    replyExpectedBy: "2015-05-21",
    demandIds: [demand],
    campaignId: "",
    visibility: "PUBLIC",
    confidentialNotes: "",
    ...overrides,
  };
}

const create = (fields: Record<string, unknown> = {}, actor: Actor = coordinator) => createLetter({ actor, data: ZCreateLetterSchema.parse(letterForm(fields)) });

async function refusal(promise: Promise<unknown>): Promise<Record<string, string> | string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error, "VALIDATION")) return error.details.fields ?? {};
    if (isAppError(error)) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);

describe("recording a letter", () => {
  test("the reminder of 21 April 2015 to Bernard Cazeneuve: the letter, its recipient that day, its demand and one audit entry", async () => {
    const { id } = await create();
    const letter = await db.letter.findUniqueOrThrow({
      where: { id },
      include: { recipients: true, demands: true },
    });
    expect(letter).toMatchObject({ direction: "SENT", datePrecision: "DAY", senderOrganisationId: secoursCatholique, visibility: "PUBLIC", version: 1 });
    expect(letter.date.toISOString().slice(0, 10)).toBe("2015-04-21");
    expect(letter.replyExpectedBy?.toISOString().slice(0, 10)).toBe("2015-05-21");
    expect(letter.recipients).toMatchObject([{ institutionId: interior, positionId: cazeneuveAtInterior, organisationId: null }]);
    expect(letter.demands.map((d) => d.demandId)).toEqual([demand]);
    expect(await db.auditEntry.count({ where: { entityType: "Letter", entityId: id, action: "create" } })).toBe(1);
  });

  test("a recipient given only by position gets the position's institution", async () => {
    const { id } = await create({ recipients: [{ institutionId: "", positionId: cazeneuveAtInterior, organisationId: "" }] });
    expect(await db.letterRecipient.findMany({ where: { letterId: id }, select: { institutionId: true } })).toEqual([{ institutionId: interior }]);
  });

  test("a date known to the month is kept as the 1st", async () => {
    const { id } = await create({ date: "2016-12-15", datePrecision: "MONTH", replyExpectedBy: "", recipients: [] });
    expect((await db.letter.findUniqueOrThrow({ where: { id } })).date.toISOString().slice(0, 10)).toBe("2016-12-01");
  });

  test("a position not held on the letter's date is refused beside its row, and nothing is saved", async () => {
    const subjectFr = `Mauvaise fonction ${unique()}`;
    const fields = await refusal(
      create({ subjectFr, recipients: [{ institutionId: "", positionId: "", organisationId: "" }, { institutionId: "", positionId: cazeneuveAsPrimeMinister, organisationId: "" }] }),
    );
    expect(fields).toEqual({ "recipients.1.positionId": "positionNotHeldOnDate" });
    expect(await db.letter.count({ where: { subjectFr } })).toBe(0);
  });

  test("a position at another institution than the row's is refused", async () => {
    const justice = (await db.institution.findFirstOrThrow({ where: { name: "Ministère de la Justice" } })).id;
    expect(await refusal(create({ recipients: [{ institutionId: justice, positionId: cazeneuveAtInterior, organisationId: "" }] }))).toEqual({
      "recipients.0.positionId": "positionNotAtInstitution",
    });
  });

  test("the form's own rules: reply date before the letter, sender of the wrong kind, a row mixing an organisation, unknown fields", () => {
    expect(issues(ZCreateLetterSchema.safeParse(letterForm({ replyExpectedBy: "2015-04-20" })))).toEqual(["replyExpectedBy:replyByBeforeDate"]);
    expect(issues(ZCreateLetterSchema.safeParse(letterForm({ senderInstitutionId: interior })))).toEqual(["senderInstitutionId:senderInstitutionOnlyReceived"]);
    expect(issues(ZCreateLetterSchema.safeParse(letterForm({ direction: "RECEIVED" })))).toEqual(["senderOrganisationId:senderOrganisationOnlySent"]);
    expect(issues(ZCreateLetterSchema.safeParse(letterForm({ recipients: [{ institutionId: interior, positionId: "", organisationId: secoursCatholique }] })))).toEqual([
      "recipients.0.organisationId:recipientEitherOrganisation",
    ]);
    expect(issues(ZCreateLetterSchema.safeParse(letterForm({ subjectFr: "  " })))).toEqual(["subjectFr:required"]);
    expect(issues(ZCreateLetterSchema.safeParse(letterForm({ subjectFr: "x".repeat(501) })))).toEqual(["subjectFr:tooLong"]);
    expect(issues(ZCreateLetterSchema.safeParse(letterForm({ publishedAt: "2015-01-01" })))[0]).toMatch(/^:/);
  });

  test("a double-click records one letter", async () => {
    const data = ZCreateLetterSchema.parse(letterForm());
    const results = await Promise.all([createLetter({ actor: coordinator, data }), createLetter({ actor: coordinator, data })]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.letter.count({ where: { subjectFr: data.subjectFr } })).toBe(1);
  });

  test("when the last insert fails, nothing of the letter remains: row, recipients, demands, audit", async () => {
    const data = ZCreateLetterSchema.parse(letterForm());
    failures.recordSubmission = true;
    try {
      await expect(createLetter({ actor: coordinator, data })).rejects.toThrow("submission store unavailable");
    } finally {
      failures.recordSubmission = false;
    }
    expect(await db.letter.count({ where: { subjectFr: data.subjectFr } })).toBe(0);
    expect(await db.letterRecipient.count({ where: { letter: { subjectFr: data.subjectFr } } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityType: "Letter", changes: { path: ["subjectFr"], equals: data.subjectFr } } })).toBe(0);
  });

  test("a recipient whose position was deleted since the form was shown is refused beside its row", async () => {
    const data = ZCreateLetterSchema.parse(letterForm());
    const { id: ghost } = await db.person.create({
      data: { firstName: "Éphémère", lastName: `Conseiller ${unique()}`, positions: { create: { institutionId: interior, title: "Conseiller" } } },
      select: { id: true },
    });
    const ghostPosition = (await db.position.findFirstOrThrow({ where: { personId: ghost } })).id;
    const withGhost = { ...data, recipients: [...data.recipients, { institutionId: interior, positionId: ghostPosition, organisationId: null }] };
    await db.position.delete({ where: { id: ghostPosition } });
    const result = await refusal(createLetter({ actor: coordinator, data: withGhost }));
    expect(result).toEqual({ "recipients.1.positionId": "unknownChoice" });
    expect(await db.letter.count({ where: { subjectFr: data.subjectFr } })).toBe(0);
    expect(await db.letterRecipient.count({ where: { positionId: ghostPosition } })).toBe(0);
  });

  test("members, observers and anonymous visitors cannot record letters", async () => {
    for (const actor of [member, observer, null]) {
      const data = ZCreateLetterSchema.parse(letterForm());
      expect(await refusal(createLetter({ actor, data }))).toBe("FORBIDDEN");
      expect(await db.letter.count({ where: { subjectFr: data.subjectFr } })).toBe(0);
    }
  });
});

describe("replies", () => {
  test("a received letter answering ours marks it answered, and its history says so", async () => {
    const { id: sent } = await create();
    const { id: reply } = await create({
      direction: "RECEIVED",
      date: "2015-05-10",
      senderOrganisationId: "",
      senderInstitutionId: interior,
      senderName: "Bernard Cazeneuve",
      recipients: [{ institutionId: "", positionId: "", organisationId: secoursCatholique }],
      inReplyToId: sent,
      replyExpectedBy: "",
      demandIds: [],
    });
    expect(await db.letter.count({ where: { id: sent, replies: { some: {} } } })).toBe(1);
    // The dashboard's and the list's "awaiting a reply" no longer include it.
    expect(await db.letter.count({ where: { id: sent, direction: "SENT", replies: { none: {} } } })).toBe(0);
    expect(await db.auditEntry.findFirst({ where: { entityType: "Letter", entityId: sent, action: "answered" }, select: { changes: true } })).toEqual({ changes: { replyId: reply } });
  });

  test("a reply that goes the same way, comes before the letter, or answers itself is refused", async () => {
    const { id: sent } = await create();
    expect(await refusal(create({ inReplyToId: sent }))).toEqual({ inReplyToId: "replySameDirection" });
    expect(
      await refusal(create({ direction: "RECEIVED", senderOrganisationId: "", date: "2015-04-01", replyExpectedBy: "", inReplyToId: sent })),
    ).toEqual({ inReplyToId: "replyBeforeOriginal" });
    const current = await db.letter.findUniqueOrThrow({ where: { id: sent } });
    const { submissionId: _, ...fields } = letterForm({ inReplyToId: sent });
    const selfReply = ZUpdateLetterSchema.parse({ ...fields, letterId: sent, version: String(current.version) });
    expect(await refusal(updateLetter({ actor: coordinator, data: selfReply }))).toEqual({ inReplyToId: "replyToSelf" });
  });
});

describe("editing a letter", () => {
  const editForm = (letterId: string, version: number, overrides: Record<string, unknown> = {}) => {
    const { submissionId: _, ...fields } = letterForm(overrides);
    return ZUpdateLetterSchema.parse({ ...fields, letterId, version: String(version) });
  };

  test("saves the fields and the sets, bumps the version and records what changed", async () => {
    const { id } = await create();
    const subjectFr = `Objet corrigé ${unique()}`;
    await updateLetter({
      actor: coordinator,
      data: editForm(id, 1, { subjectFr, recipients: [{ institutionId: interior, positionId: "", organisationId: "" }], demandIds: [] }),
    });
    const letter = await db.letter.findUniqueOrThrow({ where: { id }, include: { recipients: true, demands: true } });
    expect(letter).toMatchObject({ subjectFr, version: 2 });
    expect(letter.recipients).toMatchObject([{ institutionId: interior, positionId: null }]);
    expect(letter.demands).toEqual([]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Letter", entityId: id, action: "update" } });
    expect(Object.keys(audit.changes as object).sort()).toEqual(["demandIds", "recipients", "subjectFr"]);
  });

  test("from a stale page is refused with who saved and what the letter now holds; nothing is overwritten", async () => {
    const { id } = await create();
    await updateLetter({ actor: coordinator, data: editForm(id, 1, { subjectFr: "Première version enregistrée" }) });
    let conflict: unknown;
    try {
      await updateLetter({ actor: coordinator, data: editForm(id, 1, { subjectFr: "Seconde version" }), labels: { subjectFr: "Objet (français)" } });
    } catch (error) {
      conflict = error;
    }
    expect(isAppError(conflict, "CONFLICT")).toBe(true);
    const details = (conflict as { details: { conflict: { version: number; by: string | null; changes: { field: string; value: string }[] } } }).details.conflict;
    expect(details.version).toBe(2);
    expect(details.by).toBe(coordinator.name);
    expect(details.changes).toContainEqual({ field: "Objet (français)", value: "Première version enregistrée" });
    expect((await db.letter.findUniqueOrThrow({ where: { id } })).subjectFr).toBe("Première version enregistrée");
  });

  test("is refused to members, observers and anonymous visitors, nothing changed", async () => {
    const { id } = await create();
    for (const actor of [member, observer, null]) {
      expect(await refusal(updateLetter({ actor, data: editForm(id, 1, { subjectFr: "Piraté" }) }))).toBe("FORBIDDEN");
    }
    expect((await db.letter.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  test("a refused edit changes nothing: neither the letter nor its recipients", async () => {
    const { id } = await create();
    const fields = await refusal(updateLetter({ actor: coordinator, data: editForm(id, 1, { subjectFr: "Ne doit pas rester", recipients: [{ institutionId: "", positionId: cazeneuveAsPrimeMinister, organisationId: "" }] }) }));
    expect(fields).toEqual({ "recipients.0.positionId": "positionNotHeldOnDate" });
    const letter = await db.letter.findUniqueOrThrow({ where: { id }, include: { recipients: true } });
    expect(letter.version).toBe(1);
    expect(letter.subjectFr).not.toBe("Ne doit pas rester");
    expect(letter.recipients).toMatchObject([{ positionId: cazeneuveAtInterior }]);
  });
});

describe("deleting a letter", () => {
  const confirm = (letterId: string, version = 1) => ZDeleteLetterSchema.parse({ letterId, version: String(version), confirm: "on" });

  test("needs the confirmation box", () => {
    expect(issues(ZDeleteLetterSchema.safeParse({ letterId: "x", version: "1" }))).toEqual(["confirm:confirmDelete"]);
  });

  test("removes it with its recipients and demand links, and records it", async () => {
    const { id } = await create();
    await deleteLetter({ actor: coordinator, data: confirm(id) });
    expect(await db.letter.findUnique({ where: { id } })).toBeNull();
    expect(await db.letterRecipient.count({ where: { letterId: id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityType: "Letter", entityId: id, action: "delete" } })).toBe(1);
  });

  test("is refused while a reply refers to it", async () => {
    const { id: sent } = await create();
    await create({ direction: "RECEIVED", date: "2015-05-10", senderOrganisationId: "", inReplyToId: sent, replyExpectedBy: "", recipients: [] });
    expect(await refusal(deleteLetter({ actor: coordinator, data: confirm(sent) }))).toEqual({ confirm: "letterHasDependents" });
    expect(await db.letter.findUnique({ where: { id: sent } })).not.toBeNull();
  });

  test("is refused to members, observers and anonymous visitors, and from a stale page", async () => {
    const { id } = await create();
    for (const actor of [member, observer, null]) expect(await refusal(deleteLetter({ actor, data: confirm(id) }))).toBe("FORBIDDEN");
    await db.letter.update({ where: { id }, data: { version: { increment: 1 } } });
    expect(await refusal(deleteLetter({ actor: coordinator, data: confirm(id, 1) }))).toBe("CONFLICT");
    expect(await db.letter.findUnique({ where: { id } })).not.toBeNull();
  });
});
