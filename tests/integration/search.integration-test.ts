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

describe("results come twenty to a page, of the best sixty (of one kind when filtered by it; 25 per kind otherwise)", () => {
  const paged = `zp${word()}`;
  beforeAll(async () => {
    // 45 meetings, each a day apart: equal ranks, so the most recent come first.
    await db.meeting.createMany({
      data: Array.from({ length: 45 }, (_, i) => ({
        id: `${paged}-${String(i).padStart(2, "0")}`,
        titleFr: `Rencontre ${paged} numéro ${i}`,
        kind: "GOVERNMENT" as const,
        startsAt: new Date(Date.UTC(2015, 0, 1 + i, 10)),
        visibility: "MEMBERS" as const,
      })),
    });
  });
  afterAll(async () => {
    await db.meeting.deleteMany({ where: { id: { startsWith: paged } } });
  });

  const page = async (n: string) => {
    const result = await searchWorkspace(member, parseSearchRequest({ q: paged, type: "meeting", page: n }), "fr");
    if (result.status !== "ok") throw new Error(result.status);
    return result;
  };

  test("pages 1, 2 and 3 hold the 45 hits once each, in rank order; every hit highlighted", async () => {
    const [first, second, third] = await Promise.all([page("1"), page("2"), page("3")]);
    expect([first, second, third].map((result) => [result.page, result.hits.length, result.total, result.pageCount, result.capped])).toEqual([
      [1, 20, 45, 3, false],
      [2, 20, 45, 3, false],
      [3, 5, 45, 3, false],
    ]);
    const ids = [first, second, third].flatMap((result) => result.hits.map((hit) => hit.id));
    expect(ids).toEqual(Array.from({ length: 45 }, (_, i) => `${paged}-${String(44 - i).padStart(2, "0")}`));
    for (const hit of [...first.hits, ...third.hits]) expect(marked(hit.title)).toEqual([paged]);
    // Without the filter, a kind brings its best 25.
    const unfiltered = await searchWorkspace(member, parseSearchRequest({ q: paged, page: "2" }), "fr");
    expect(unfiltered).toMatchObject({ total: 25, page: 2, pageCount: 2 });
    expect(unfiltered.status === "ok" && unfiltered.hits.map((hit) => hit.id)).toEqual(ids.slice(20, 25));
  });

  test("a page past the last, or not a number, is the nearest page", async () => {
    expect((await page("9")).page).toBe(3);
    expect((await page("3")).hits.map((hit) => hit.id)).toEqual((await page("9")).hits.map((hit) => hit.id));
    expect((await page("0")).page).toBe(1);
    expect((await page("-2")).page).toBe(1);
    expect((await page("deux")).page).toBe(1);
    const none = await searchWorkspace(member, parseSearchRequest({ q: `zz${word()}`, page: "2" }), "fr");
    expect(none).toMatchObject({ status: "ok", hits: [], total: 0, page: 1, pageCount: 0, capped: false });
  });

  test("past sixty hits, three pages of the best and the search says it is capped", async () => {
    await db.meeting.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        id: `${paged}-more-${i}`,
        titleFr: `Rencontre ${paged} de plus ${i}`,
        kind: "GOVERNMENT" as const,
        startsAt: new Date(Date.UTC(2010, 0, 1 + i, 10)),
        visibility: "MEMBERS" as const,
      })),
    });
    const last = await page("3");
    expect(last).toMatchObject({ total: 60, pageCount: 3, capped: true, page: 3 });
    expect(last.hits).toHaveLength(20);
  });
});
