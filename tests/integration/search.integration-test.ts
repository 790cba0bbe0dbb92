import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { parseSearchRequest } from "@/lib/search/schema";
import { searchWorkspace, type SearchHit } from "@/lib/search/queries";
import type { Segment } from "@/lib/search/highlight";

// A made-up word per run, so that hits come only from this file's records.
const word = (length = 9) => Array.from({ length }, () => String.fromCharCode(97 + randomInt(26))).join("");
const tag = `zq${word()}`;
const ranked = `zr${word()}`;
const secret = `zs${word()}`;
const english = `zn${word()}`;

const member: Actor = { id: "search-member", role: "MEMBER", organisationId: null, name: "Membre", email: "m@example.org" };
const observer: Actor = { id: "search-observer", role: "OBSERVER", organisationId: null, name: "Obs", email: "o@example.org" };
const coordinator: Actor = { id: "search-coord", role: "COORDINATOR", organisationId: null, name: "Coord", email: "c@example.org" };

const search = (actor: Actor, q: string, locale: "fr" | "en" = "fr") => searchWorkspace(actor, parseSearchRequest({ q }), locale);
async function hits(actor: Actor, q: string, locale: "fr" | "en" = "fr"): Promise<SearchHit[]> {
  const result = await search(actor, q, locale);
  if (result.status !== "ok") throw new Error(`expected a search, got ${result.status}`);
  return result.hits;
}
const text = (segments: Segment[]) => segments.map((segment) => segment.text).join("");
const marked = (segments: Segment[]) => segments.filter((segment) => segment.hit).map((segment) => segment.text);

const ids: Record<string, string> = {};
const meeting = (data: { titleFr: string; visibility?: "PUBLIC" | "MEMBERS" | "COORDINATION"; agenda?: string; report?: string; confidentialNotes?: string; titleEn?: string }) =>
  db.meeting.create({ data: { kind: "GOVERNMENT", startsAt: new Date("2014-09-23T14:00:00Z"), visibility: "MEMBERS", ...data }, select: { id: true } });

beforeAll(async () => {
  ids.traite = (await meeting({ titleFr: `Traité ${tag} sur la traite`, agenda: `Point <script>alert(1)</script> ${tag}` })).id;
  ids.etres = (
    await db.demand.create({
      data: { titleFr: `Hébergement ${tag}`, descriptionFr: `Protéger les êtres humains victimes ${tag}`, raisedOn: new Date("2014-09-23"), statusDate: new Date("2014-09-23") },
    })
  ).id;
  ids.bodyHit = (await meeting({ titleFr: "Réunion préparatoire", agenda: `Ordre du jour : ${ranked} et le reste` })).id;
  ids.titleHit = (await meeting({ titleFr: `Plénière ${ranked}` })).id;
  ids.coordination = (await meeting({ titleFr: `Stratégie ${tag} interne`, visibility: "COORDINATION" })).id;
  ids.confidential = (await meeting({ titleFr: "Rencontre au ministère", confidentialNotes: `Le conseiller ${secret} est réticent` })).id;
  ids.report = (await meeting({ titleFr: "Rencontre au cabinet", report: `Compte-rendu interne : ${secret}` })).id;
  ids.letter = (
    await db.letter.create({
      data: { direction: "SENT", date: new Date("2015-04-21"), subjectFr: "Relance instruction", confidentialNotes: `Réponse ${secret} attendue` },
    })
  ).id;
  ids.person = (await db.person.create({ data: { firstName: "Aline", lastName: `Dupré${tag}`, notes: `Proche du ${secret}` } })).id;
  ids.statement = (
    await db.statement.create({
      data: { date: new Date("2018-02-21"), titleFr: "Projet de loi asile", textFr: "Le collectif", titleEn: "Asylum bill", textEn: `Victims of trafficking ${english}`, visibility: "PUBLIC" },
    })
  ).id;
});

afterAll(async () => {
  await db.meeting.deleteMany({ where: { id: { in: [ids.traite, ids.bodyHit, ids.titleHit, ids.coordination, ids.confidential, ids.report] } } });
  await db.demand.deleteMany({ where: { id: ids.etres } });
  await db.letter.deleteMany({ where: { id: ids.letter } });
  await db.person.deleteMany({ where: { id: ids.person } });
  await db.statement.deleteMany({ where: { id: ids.statement } });
});

describe("searching the workspace", () => {
  test('"traite" finds "Traité", and the accented word is marked', async () => {
    const found = await hits(member, `traite ${tag}`);
    const hit = found.find((h) => h.id === ids.traite);
    expect(hit).toBeDefined();
    expect(hit!.href).toBe(`/meetings/${ids.traite}`);
    expect(marked(hit!.title)).toEqual(expect.arrayContaining(["Traité", "traite"]));
  });

  test('"etres" finds "êtres"', async () => {
    const found = await hits(member, `etres ${tag}`);
    const hit = found.find((h) => h.id === ids.etres);
    expect(hit?.type).toBe("demand");
    expect(marked(hit!.snippet)).toContain("êtres");
  });

  test("a title hit ranks before a body hit", async () => {
    const found = (await hits(member, ranked)).map((h) => h.id);
    expect(found).toEqual([ids.titleHit, ids.bodyHit]);
  });

  test("a member never gets a coordination item; the coordinator does", async () => {
    expect((await hits(member, tag)).map((h) => h.id)).not.toContain(ids.coordination);
    expect((await hits(observer, tag)).map((h) => h.id)).not.toContain(ids.coordination);
    expect((await hits(coordinator, tag)).map((h) => h.id)).toContain(ids.coordination);
  });

  test("a word only in confidential notes, an internal report or private notes finds nothing for a member", async () => {
    expect(await hits(member, secret)).toEqual([]);
    expect(await hits(observer, secret)).toEqual([]);
    const forCoordinator = (await hits(coordinator, secret)).map((h) => h.id).sort();
    expect(forCoordinator).toEqual([ids.confidential, ids.report, ids.letter, ids.person].sort());
  });

  test("English words find English text", async () => {
    const found = await hits(member, `victim ${english}`, "en");
    const hit = found.find((h) => h.id === ids.statement);
    expect(hit?.type).toBe("statement");
    expect(marked(hit!.snippet)).toEqual(expect.arrayContaining(["Victims"]));
    expect(text(hit!.title)).toBe("Asylum bill");
  });

  test("a person is found by her name without its accent", async () => {
    const found = await hits(member, `dupre${tag}`);
    expect(found.map((h) => h.id)).toEqual([ids.person]);
    expect(found[0].snippet).toEqual([]); // her notes are not a member's to read
  });

  test("markup in the text comes back as plain text segments", async () => {
    const hit = (await hits(member, `traite ${tag}`)).find((h) => h.id === ids.traite)!;
    for (const segment of [...hit.title, ...hit.snippet]) expect(typeof segment.text).toBe("string");
    expect(marked(hit.snippet)).toContain(tag);
  });

  test("hostile or odd input is a search like any other", async () => {
    for (const q of ["'; DROP TABLE \"Meeting\"; --", "a & b | !c", '"unterminated', "-", "de la", "traite:*", "x".repeat(5000)]) {
      const result = await search(member, q);
      expect(["ok", "no-terms"]).toContain(result.status);
    }
    expect(await db.meeting.count({ where: { id: ids.traite } })).toBe(1);
  });

  test("a search filtered by type returns only that type", async () => {
    const result = await searchWorkspace(member, parseSearchRequest({ q: tag, type: "demand" }), "fr");
    expect(result.status === "ok" && result.hits.map((h) => h.type)).toEqual(["demand"]);
  });

  test("the search reads the GIN indexes", async () => {
    await db.$executeRawUnsafe("SET enable_seqscan = off");
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>`
      EXPLAIN SELECT id FROM "Meeting" WHERE "search_members" @@ websearch_to_tsquery('plaidoyer_fr', ${"traite"})`;
    await db.$executeRawUnsafe("SET enable_seqscan = on");
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Meeting_search_members_idx");
  });
});
