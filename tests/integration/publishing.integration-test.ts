import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { newSubmissionId } from "@/lib/forms/submission";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { findPublicEntry } from "@/lib/public/queries";
import { setPublication } from "@/lib/publishing/mutations";
import { findMissingTranslations, TRANSLATION_GAP_KINDS, type TranslationGap } from "@/lib/publishing/queries";
import type { PublishableKind } from "@/lib/publishing/schema";
import { ZCreateStatementSchema, ZUpdateStatementSchema } from "@/lib/statements/form-schema";
import { createStatement, updateStatement } from "@/lib/statements/mutations";

async function actor(role: "COORDINATOR" | "MEMBER" | "OBSERVER"): Promise<NonNullable<Actor>> {
  const email = `${role.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2)}@publishing.test`;
  const user = await db.user.create({ data: { email, name: role, role } });
  return { id: user.id, role, organisationId: null, name: user.name, email };
}

type Coordinator = NonNullable<Actor>;

async function publish(coordinator: Coordinator, kind: PublishableKind, id: string, version: number) {
  return setPublication({ actor: coordinator, data: { kind, id, version, intent: "publish" } });
}

async function withdraw(coordinator: Coordinator, kind: PublishableKind, id: string, version: number) {
  return setPublication({ actor: coordinator, data: { kind, id, version, intent: "withdraw" } });
}

/** The changes of the item's latest "withdraw" entry in the audit log. */
async function lastWithdrawal(entityType: string, entityId: string) {
  const entry = await db.auditEntry.findFirstOrThrow({ where: { entityType, entityId, action: "withdraw" }, orderBy: { id: "desc" } });
  return entry.changes;
}

describe("publishing to the public timeline", () => {
  test("a coordinator publishes a statement, then withdraws it; each step is audited", async () => {
    const coordinator = await actor("COORDINATOR");
    const statement = await db.statement.create({ data: { date: new Date(Date.UTC(2018, 1, 1)), titleFr: "Loi asile", textFr: "Texte" } });
    expect(await findPublicEntry("statement", statement.id)).toBeNull();

    const published = await setPublication({ actor: coordinator, data: { kind: "statement", id: statement.id, version: 1, intent: "publish" } });
    expect(published).toMatchObject({ visibility: "PUBLIC", version: 2 });
    expect((await db.statement.findUniqueOrThrow({ where: { id: statement.id } })).publishedAt).not.toBeNull();
    expect(await findPublicEntry("statement", statement.id)).not.toBeNull();

    await setPublication({ actor: coordinator, data: { kind: "statement", id: statement.id, version: 2, intent: "withdraw" } });
    const withdrawn = await db.statement.findUniqueOrThrow({ where: { id: statement.id } });
    expect(withdrawn).toMatchObject({ visibility: "MEMBERS", publishedAt: null, version: 3 });
    expect(await findPublicEntry("statement", statement.id)).toBeNull();

    const audit = await db.auditEntry.findMany({ where: { entityType: "Statement", entityId: statement.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["publish", "withdraw"]);
    expect(audit[0].actorId).toBe(coordinator.id);
  });

  test("a withdrawn item returns to the visibility it had before it was published: coordination stays coordination", async () => {
    const coordinator = await actor("COORDINATOR");
    const meeting = await db.meeting.create({ data: { titleFr: "Stratégie", startsAt: new Date(), kind: "PREPARATORY", visibility: "COORDINATION" } });
    await publish(coordinator, "meeting", meeting.id, 1);
    const result = await withdraw(coordinator, "meeting", meeting.id, 2);
    expect(result.visibility).toBe("COORDINATION");
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ visibility: "COORDINATION", publishedAt: null, version: 3 });
    expect(await lastWithdrawal("Meeting", meeting.id)).toEqual({ visibility: ["PUBLIC", "COORDINATION"] });
  });

  test("a withdrawn item returns to the visibility it had before it was published: members stay members", async () => {
    const coordinator = await actor("COORDINATOR");
    const demand = await db.demand.create({ data: { titleFr: "Hébergement", raisedOn: new Date(), statusDate: new Date(), visibility: "MEMBERS" } });
    await publish(coordinator, "demand", demand.id, 1);
    await withdraw(coordinator, "demand", demand.id, 2);
    expect((await db.demand.findUniqueOrThrow({ where: { id: demand.id } })).visibility).toBe("MEMBERS");
    expect(await lastWithdrawal("Demand", demand.id)).toEqual({ visibility: ["PUBLIC", "MEMBERS"] });
  });

  test("a seeded public item, with no earlier visibility on record, is withdrawn to members", async () => {
    const coordinator = await actor("COORDINATOR");
    const seeded = await db.statement.findFirstOrThrow({ where: { titleEn: "The Collective petitions the Valls Government" } });
    expect(seeded.visibility).toBe("PUBLIC");
    try {
      await withdraw(coordinator, "statement", seeded.id, seeded.version);
      expect((await db.statement.findUniqueOrThrow({ where: { id: seeded.id } })).visibility).toBe("MEMBERS");
      expect(await lastWithdrawal("Statement", seeded.id)).toEqual({ visibility: ["PUBLIC", "MEMBERS"] });
    } finally {
      // The demo data stays as the other test files read it.
      await db.statement.update({ where: { id: seeded.id }, data: { visibility: "PUBLIC", publishedAt: seeded.publishedAt } });
    }
  });

  test("made public by its edit form, withdrawn from the publishing page: back to what the form had before; the latest publication counts", async () => {
    const coordinator = await actor("COORDINATOR");
    const form = (visibility: Visibility) => ({ date: "2018-02-21", datePrecision: "DAY", titleFr: "Loi asile", textFr: "Texte", visibility });
    const { id } = await createStatement({ actor: coordinator, data: ZCreateStatementSchema.parse({ ...form("COORDINATION"), submissionId: newSubmissionId() }) });
    await updateStatement({ actor: coordinator, data: ZUpdateStatementSchema.parse({ ...form("PUBLIC"), statementId: id, version: "1" }) });
    await withdraw(coordinator, "statement", id, 2);
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).visibility).toBe("COORDINATION");

    // Opened to members in the form, then published and withdrawn again: members, the level it left.
    await updateStatement({ actor: coordinator, data: ZUpdateStatementSchema.parse({ ...form("MEMBERS"), statementId: id, version: "3" }) });
    await publish(coordinator, "statement", id, 4);
    await withdraw(coordinator, "statement", id, 5);
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).visibility).toBe("MEMBERS");
  });

  test("created public in its form: nothing earlier on record, withdrawn to members", async () => {
    const coordinator = await actor("COORDINATOR");
    const data = ZCreateStatementSchema.parse({ date: "2018-02-21", datePrecision: "DAY", titleFr: "Loi asile", textFr: "Texte", visibility: "PUBLIC", submissionId: newSubmissionId() });
    const { id } = await createStatement({ actor: coordinator, data });
    await withdraw(coordinator, "statement", id, 1);
    expect((await db.statement.findUniqueOrThrow({ where: { id } })).visibility).toBe("MEMBERS");
  });

  test("withdrawing what is not public, or publishing what already is, is a conflict and changes nothing", async () => {
    const coordinator = await actor("COORDINATOR");
    const internal = await db.letter.create({ data: { direction: "SENT", date: new Date(), subjectFr: "Courrier interne", visibility: "COORDINATION" } });
    expect(isAppError(await withdraw(coordinator, "letter", internal.id, 1).catch((e) => e), "CONFLICT")).toBe(true);
    const published = await db.letter.create({ data: { direction: "SENT", date: new Date(), subjectFr: "Courrier public", visibility: "PUBLIC", publishedAt: new Date(Date.UTC(2015, 0, 1)) } });
    expect(isAppError(await publish(coordinator, "letter", published.id, 1).catch((e) => e), "CONFLICT")).toBe(true);
    expect(await db.letter.findUniqueOrThrow({ where: { id: internal.id } })).toMatchObject({ visibility: "COORDINATION", version: 1 });
    expect(await db.letter.findUniqueOrThrow({ where: { id: published.id } })).toMatchObject({ visibility: "PUBLIC", version: 1, publishedAt: new Date(Date.UTC(2015, 0, 1)) });
    expect(await db.auditEntry.count({ where: { entityId: { in: [internal.id, published.id] } } })).toBe(0);
  });

  test("a stale version is a conflict and changes nothing", async () => {
    const coordinator = await actor("COORDINATOR");
    const letter = await db.letter.create({ data: { direction: "SENT", date: new Date(), subjectFr: "Courrier", version: 4 } });
    const error = await setPublication({ actor: coordinator, data: { kind: "letter", id: letter.id, version: 3, intent: "publish" } }).catch((e) => e);
    expect(isAppError(error, "CONFLICT")).toBe(true);
    expect((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).visibility).toBe("MEMBERS");
    expect(await db.auditEntry.count({ where: { entityId: letter.id } })).toBe(0);
  });

  test("members, observers and anonymous visitors may not publish", async () => {
    const meeting = await db.meeting.create({ data: { titleFr: "Plénière", startsAt: new Date(), kind: "PLENARY" } });
    for (const who of [await actor("MEMBER"), await actor("OBSERVER"), null]) {
      const error = await setPublication({ actor: who, data: { kind: "meeting", id: meeting.id, version: 1, intent: "publish" } }).catch((e) => e);
      expect(isAppError(error, "FORBIDDEN")).toBe(true);
    }
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).visibility).toBe("MEMBERS");
  });

  test("an unknown item is not found", async () => {
    const error = await setPublication({ actor: await actor("COORDINATOR"), data: { kind: "demand", id: "cnotthere000000", version: 1, intent: "withdraw" } }).catch(
      (e) => e,
    );
    expect(isAppError(error, "NOT_FOUND")).toBe(true);
  });
});

describe("what the public pages show in one language only", () => {
  const tag = `gap${Date.now().toString(36)}`;
  const document = (title: { titleFr: string; titleEn?: string }, visibility: Visibility = "PUBLIC") => ({
    ...title,
    fileName: "a.pdf",
    mimeType: "application/pdf",
    sizeBytes: 1,
    sha256: "x",
    storageKey: `k-${tag}-${Math.random().toString(36).slice(2)}`,
    visibility,
  });

  async function everyGap(coordinator: Coordinator, pageSize: number) {
    const gaps: TranslationGap[] = [];
    for (let page = 1; ; page++) {
      const found = await findMissingTranslations({ actor: coordinator, page, pageSize });
      gaps.push(...found.gaps);
      if (found.gaps.length < pageSize) {
        expect(gaps).toHaveLength(found.total);
        return gaps;
      }
    }
  }

  test("lists each public text lacking French or English, with what it lacks and where to complete it, and nothing else", async () => {
    const coordinator = await actor("COORDINATOR");
    const named = await db.institution.create({ data: { name: `Ministère ${tag}`, kind: "MINISTRY" } });
    const namedOnlyInternally = await db.institution.create({ data: { name: `Cabinet interne ${tag}`, kind: "MINISTRY" } });
    const translatedInstitution = await db.institution.create({ data: { name: `Ministère traduit ${tag}`, nameEn: `Translated ministry ${tag}`, kind: "MINISTRY" } });
    const campaign = await db.campaign.create({ data: { slug: `c-${tag}`, nameFr: `Dossier ${tag}`, visibility: "PUBLIC" } });
    const internalCampaign = await db.campaign.create({ data: { slug: `ci-${tag}`, nameFr: `Dossier interne ${tag}`, visibility: "MEMBERS" } });
    const theme = await db.theme.create({ data: { slug: `t-${tag}`, nameFr: `Thème ${tag}`, nameEn: "" } });
    const internalTheme = await db.theme.create({ data: { slug: `ti-${tag}`, nameFr: `Thème interne ${tag}`, nameEn: "" } });

    // English missing from the title, French from the summary: both directions on one item.
    const meeting = await db.meeting.create({
      data: {
        titleFr: `Rencontre ${tag}`,
        summaryEn: `Summary ${tag}`,
        startsAt: new Date(Date.UTC(2033, 0, 2)),
        kind: "GOVERNMENT",
        visibility: "PUBLIC",
        institutions: { create: { institutionId: named.id } },
        documents: { create: [document({ titleFr: `Document ${tag}` }), document({ titleFr: `Document interne ${tag}` }, "MEMBERS")] },
      },
      include: { documents: true },
    });
    await db.meeting.create({
      data: { titleFr: `Rencontre interne ${tag}`, startsAt: new Date(), kind: "PREPARATORY", visibility: "COORDINATION", institutions: { create: { institutionId: namedOnlyInternally.id } } },
    });
    await db.meeting.create({ data: { titleFr: `Rencontre annulée ${tag}`, startsAt: new Date(), kind: "GOVERNMENT", status: "CANCELLED", visibility: "PUBLIC" } });
    // English everywhere and no French summary: the old filter, which looked for missing English only, missed it.
    const letter = await db.letter.create({
      data: {
        direction: "SENT",
        date: new Date(Date.UTC(2033, 0, 3)),
        subjectFr: `Courrier ${tag}`,
        subjectEn: `Letter ${tag}`,
        summaryEn: `Only in English ${tag}`,
        visibility: "PUBLIC",
        recipients: { create: { institutionId: translatedInstitution.id } },
      },
    });
    await db.letter.create({ data: { direction: "SENT", date: new Date(), subjectFr: `Courrier interne ${tag}`, visibility: "MEMBERS", documents: { create: document({ titleFr: `Pièce ${tag}` }) } } });
    const statement = await db.statement.create({
      data: { date: new Date(Date.UTC(2033, 0, 4)), titleFr: `Position ${tag}`, titleEn: `Position ${tag}`, textFr: "Texte", textEn: "Text", visibility: "PUBLIC", campaignId: campaign.id },
    });
    await db.statement.create({ data: { date: new Date(), titleFr: `Position traduite ${tag}`, titleEn: "Translated", textFr: "Texte", textEn: "Text", visibility: "PUBLIC", campaignId: internalCampaign.id } });
    await db.statement.create({ data: { date: new Date(), titleFr: `Position interne ${tag}`, textFr: "Texte", visibility: "MEMBERS" } });
    const demand = await db.demand.create({
      data: {
        titleFr: `Demande ${tag}`,
        titleEn: `Demand ${tag}`,
        raisedOn: new Date(Date.UTC(2033, 0, 1)),
        statusDate: new Date(Date.UTC(2033, 0, 5)),
        visibility: "PUBLIC",
        themes: { create: { themeId: theme.id } },
        statusChanges: {
          create: [
            { status: "PROMISED", date: new Date(Date.UTC(2033, 0, 5)), noteFr: `Promis ${tag}`, milestone: true },
            { status: "RAISED", date: new Date(Date.UTC(2033, 0, 1)), noteFr: "", noteEn: `Raised ${tag}`, milestone: true },
            { status: "ACKNOWLEDGED", date: new Date(Date.UTC(2033, 0, 2)), noteFr: `Étape interne ${tag}`, milestone: false },
          ],
        },
      },
      include: { statusChanges: true },
    });
    await db.demand.create({
      data: {
        titleFr: `Demande interne ${tag}`,
        raisedOn: new Date(),
        statusDate: new Date(),
        visibility: "MEMBERS",
        themes: { create: { themeId: internalTheme.id } },
        statusChanges: { create: { status: "MET", date: new Date(), noteFr: "Satisfaite", milestone: true } },
      },
    });
    const untranslatedDemand = await db.demand.create({
      data: { titleFr: `Demande sans anglais ${tag}`, descriptionFr: "Description", raisedOn: new Date(), statusDate: new Date(), visibility: "PUBLIC" },
    });
    const step = (status: string) => demand.statusChanges.find((c) => c.status === status)!;

    const gaps = await everyGap(coordinator, 1_000);
    const mine = gaps.filter((gap) => `${gap.name.fr} ${gap.name.en}`.includes(tag));
    const row = (kind: string, id: string) => mine.find((gap) => gap.kind === kind && gap.id === id);
    expect(row("meeting", meeting.id)).toMatchObject({
      missing: [
        { field: "title", lacks: "en" },
        { field: "summary", lacks: "fr" },
      ],
      fixHref: `/meetings/${meeting.id}/edit`,
    });
    expect(row("letter", letter.id)).toMatchObject({ missing: [{ field: "summary", lacks: "fr" }], fixHref: `/letters/${letter.id}/edit` });
    expect(row("demand", demand.id)).toBeUndefined();
    expect(row("demand", untranslatedDemand.id)).toMatchObject({
      missing: [
        { field: "title", lacks: "en" },
        { field: "description", lacks: "en" },
      ],
      fixHref: `/demands/${untranslatedDemand.id}/edit`,
    });
    expect(row("step", step("PROMISED").id)).toMatchObject({
      name: { fr: `Demande ${tag}`, en: `Demand ${tag}` },
      missing: [{ field: "note", lacks: "en" }],
      fixHref: `/demands/${demand.id}/status/${step("PROMISED").id}/edit`,
    });
    expect(row("step", step("RAISED").id)).toMatchObject({ missing: [{ field: "note", lacks: "fr" }] });
    const publicDocument = meeting.documents.find((d) => d.visibility === "PUBLIC")!;
    expect(row("document", publicDocument.id)).toMatchObject({ missing: [{ field: "title", lacks: "en" }], fixHref: `/meetings/${meeting.id}#documents` });
    expect(row("institution", named.id)).toMatchObject({ missing: [{ field: "name", lacks: "en" }], fixHref: `/institutions/${named.id}/edit` });
    expect(row("campaign", campaign.id)).toMatchObject({ missing: [{ field: "name", lacks: "en" }], fixHref: `/campaigns/${campaign.id}/edit` });
    expect(row("theme", theme.id)).toMatchObject({ missing: [{ field: "name", lacks: "en" }], fixHref: `/demands/themes/${theme.id}/edit` });
    // Internal, cancelled, translated, or only named by internal items: not listed.
    expect(mine.map((gap) => gap.kind).sort()).toEqual(["campaign", "demand", "document", "institution", "letter", "meeting", "step", "step", "theme"]);
    expect(row("statement", statement.id)).toBeUndefined();

    // Every row has something missing; kinds come in order; a walk of small pages reads each row once.
    expect(gaps.every((gap) => gap.missing.length > 0)).toBe(true);
    const ranks = gaps.map((gap) => TRANSLATION_GAP_KINDS.indexOf(gap.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const walked = await everyGap(coordinator, 3);
    expect(walked.map((gap) => `${gap.kind}-${gap.id}`)).toEqual(gaps.map((gap) => `${gap.kind}-${gap.id}`));

    // Translated, it leaves the list.
    await db.meeting.update({ where: { id: meeting.id }, data: { titleEn: `Meeting ${tag}`, summaryFr: `Résumé ${tag}` } });
    expect((await everyGap(coordinator, 1_000)).find((gap) => gap.id === meeting.id)).toBeUndefined();
  });

  test("only coordinators read it", async () => {
    for (const who of [await actor("MEMBER"), await actor("OBSERVER"), null]) {
      expect(isAppError(await findMissingTranslations({ actor: who, page: 1 }).catch((e) => e), "FORBIDDEN")).toBe(true);
    }
  });
});
