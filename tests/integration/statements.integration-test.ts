// Statements recorded through their mutations.
import { beforeAll, describe, expect, test, vi } from "vitest";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { newSubmissionId } from "@/lib/forms/submission";
import { renderMarkdown } from "@/lib/markdown";
import { ZCreateStatementSchema, ZDeleteStatementSchema, ZUpdateStatementSchema } from "@/lib/statements/form-schema";
import { createStatement, deleteStatement, updateStatement } from "@/lib/statements/mutations";
import { actorOf, makeOrganisation, makeUser } from "./accounts-helpers";

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

beforeAll(async () => {
  const organisation = await makeOrganisation();
  coordinator = actorOf(await makeUser("COORDINATOR"));
  member = actorOf(await makeUser("MEMBER", organisation.id));
  observer = actorOf(await makeUser("OBSERVER", organisation.id));
});

const unique = () => newSubmissionId().slice(0, 8);

function statementForm(overrides: Record<string, unknown> = {}) {
  return {
    submissionId: newSubmissionId(),
    date: "2018-05-10",
    datePrecision: "DAY",
    titleFr: `Quand pourrons-nous célébrer l’abolition de la traite des êtres humains ? ${unique()}`,
    titleEn: "When can we celebrate the abolition of trafficking in human beings and contemporary forms of slavery?",
    textFr: "Déclaration du Collectif du **10 mai 2018**.\n\n<script>alert(1)</script>",
    textEn: "Statement of 10 May 2018 by the Collective.",
    bill: "",
    campaignId: "",
    visibility: "PUBLIC",
    ...overrides,
  };
}

const editForm = (statementId: string, version: number, overrides: Record<string, unknown> = {}) => {
  const { submissionId: _, ...fields } = statementForm(overrides);
  return ZUpdateStatementSchema.parse({ ...fields, statementId, version: String(version) });
};

const create = (overrides: Record<string, unknown> = {}, actor: Actor = coordinator) =>
  createStatement({ actor, data: ZCreateStatementSchema.parse(statementForm(overrides)) });

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

describe("recording a statement", () => {
  test("the statement of 10 May 2018 with its French and English titles, and one audit entry", async () => {
    const { id } = await create();
    const statement = await db.statement.findUniqueOrThrow({ where: { id } });
    expect(statement.titleEn).toBe("When can we celebrate the abolition of trafficking in human beings and contemporary forms of slavery?");
    expect(statement.date.toISOString().slice(0, 10)).toBe("2018-05-10");
    expect(await db.auditEntry.count({ where: { entityType: "Statement", entityId: id, action: "create" } })).toBe(1);
    // Stored as written; shown through the sanitiser, which drops the script.
    expect(renderMarkdown(statement.textFr)).toContain("<strong>10 mai 2018</strong>");
    expect(renderMarkdown(statement.textFr)).not.toContain("<script");
  });

  test("the February 2018 position, known to the month, on the asylum bill", async () => {
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: "loi-asile-immigration-2018" } });
    const { id } = await create({ date: "2018-02-14", datePrecision: "MONTH", bill: "Projet de loi asile et immigration (2018)", campaignId: campaign.id });
    const statement = await db.statement.findUniqueOrThrow({ where: { id } });
    expect(statement).toMatchObject({ datePrecision: "MONTH", bill: "Projet de loi asile et immigration (2018)", campaignId: campaign.id });
    expect(statement.date.toISOString().slice(0, 10)).toBe("2018-02-01");
  });

  test("a missing title or text, an unknown campaign and unknown fields are refused", async () => {
    const issues = (fields: Record<string, unknown>) => {
      const parsed = ZCreateStatementSchema.safeParse(statementForm(fields));
      return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    };
    expect(issues({ titleFr: "" })).toEqual(["titleFr:required"]);
    expect(issues({ textFr: " " })).toEqual(["textFr:required"]);
    expect(issues({ date: "2018-02-30" })).toEqual(["date:invalidDate"]);
    expect(issues({ publishedAt: "2018-01-01" })).toHaveLength(1);
    const titleFr = `Dossier inconnu ${unique()}`;
    expect(await refusal(create({ titleFr, campaignId: "no-such-campaign" }))).toEqual({ campaignId: "unknownChoice" });
    expect(await db.statement.count({ where: { titleFr } })).toBe(0);
  });

  test("a double-click records one statement", async () => {
    const data = ZCreateStatementSchema.parse(statementForm());
    const results = await Promise.all([createStatement({ actor: coordinator, data }), createStatement({ actor: coordinator, data })]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.statement.count({ where: { titleFr: data.titleFr } })).toBe(1);
  });

  test("when the last insert fails, nothing of the statement remains", async () => {
    const data = ZCreateStatementSchema.parse(statementForm());
    failures.recordSubmission = true;
    try {
      await expect(createStatement({ actor: coordinator, data })).rejects.toThrow("submission store unavailable");
    } finally {
      failures.recordSubmission = false;
    }
    expect(await db.statement.count({ where: { titleFr: data.titleFr } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityType: "Statement", changes: { path: ["titleFr"], equals: data.titleFr } } })).toBe(0);
  });

  test("members, observers and anonymous visitors cannot record statements", async () => {
    for (const actor of [member, observer, null]) {
      const data = ZCreateStatementSchema.parse(statementForm());
      expect(await refusal(createStatement({ actor, data }))).toBe("FORBIDDEN");
      expect(await db.statement.count({ where: { titleFr: data.titleFr } })).toBe(0);
    }
  });
});

describe("editing a statement", () => {
  test("saves, bumps the version and records what changed", async () => {
    const { id } = await create();
    await updateStatement({ actor: coordinator, data: editForm(id, 1, { titleFr: "Titre corrigé", bill: "Loi de 2018" }) });
    expect(await db.statement.findUniqueOrThrow({ where: { id } })).toMatchObject({ titleFr: "Titre corrigé", bill: "Loi de 2018", version: 2 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Statement", entityId: id, action: "update" } });
    expect(Object.keys(audit.changes as object).sort()).toEqual(["bill", "titleFr"]);
  });

  test("from a stale page is refused with what it now holds; nothing is overwritten", async () => {
    const { id } = await create();
    await updateStatement({ actor: coordinator, data: editForm(id, 1, { titleEn: "First saved" }) });
    const error = await updateStatement({ actor: coordinator, data: editForm(id, 1, { titleEn: "Second" }), labels: { titleEn: "Titre (anglais)" } }).catch((e) => e);
    expect(isAppError(error, "CONFLICT")).toBe(true);
    expect(error.details.conflict.changes).toContainEqual({ field: "Titre (anglais)", value: "First saved" });
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).titleEn).toBe("First saved");
  });

  test("is refused to members, observers and anonymous visitors", async () => {
    const { id } = await create();
    for (const actor of [member, observer, null]) expect(await refusal(updateStatement({ actor, data: editForm(id, 1) }))).toBe("FORBIDDEN");
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });
});

describe("deleting a statement", () => {
  const confirm = (statementId: string, version = 1) => ZDeleteStatementSchema.parse({ statementId, version: String(version), confirm: "on" });

  test("removes it and records it", async () => {
    const { id } = await create();
    await deleteStatement({ actor: coordinator, data: confirm(id) });
    expect(await db.statement.findUnique({ where: { id } })).toBeNull();
    expect(await db.auditEntry.count({ where: { entityType: "Statement", entityId: id, action: "delete" } })).toBe(1);
  });

  test("is refused while a demand's history cites it", async () => {
    const { id } = await create();
    const demand = await db.demand.findFirstOrThrow({ select: { id: true } });
    await db.demandStatusChange.create({ data: { demandId: demand.id, status: "RAISED", date: new Date("2018-05-10"), sourceStatementId: id, noteFr: "Cité" } });
    expect(await refusal(deleteStatement({ actor: coordinator, data: confirm(id) }))).toEqual({ confirm: "statementHasDependents" });
    expect(await db.statement.findUnique({ where: { id } })).not.toBeNull();
  });

  test("is refused to members, observers and anonymous visitors, and from a stale page", async () => {
    const { id } = await create();
    for (const actor of [member, observer, null]) expect(await refusal(deleteStatement({ actor, data: confirm(id) }))).toBe("FORBIDDEN");
    await db.statement.update({ where: { id }, data: { version: { increment: 1 } } });
    expect(await refusal(deleteStatement({ actor: coordinator, data: confirm(id, 1) }))).toBe("CONFLICT");
  });
});
