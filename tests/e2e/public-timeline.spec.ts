import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { entryKey } from "../../lib/public/timeline-view";
import { expect, test, testDb } from "./fixtures";
import { documentData, ensureDemoAccounts, newId, refreshPublicCache } from "./public-support";

const VALLS_EN = "The Collective petitions the Valls Government";
const VALLS_FR = "Le Collectif interpelle le gouvernement Valls";
const run = randomBytes(4).toString("hex");
// A statement has no confidential notes nor internal report of its own: what it holds that is not
// public is its documents for members and for the coordination, given to the seeded one here.
const INTERNAL_TEXTS = [`Notes confidentielles de la pétition ${run}`, `Compte-rendu interne de la pétition ${run}`];
const PUBLIC_DOCUMENT = `Pétition au gouvernement Valls ${run}`;

let valls: { id: string };
let untranslatedKey: string;
let untranslatedLetterKey: string;
let untranslated: { institution: { id: string; name: string }; campaign: { slug: string; nameFr: string } };

/** Neither the page as shown nor its raw HTML nor its React payload holds the statement's internal texts. */
async function expectNoInternalText(page: Page) {
  const shown = await page.content();
  const raw = await (await page.request.get(page.url())).text();
  const payload = await (await page.request.get(page.url(), { headers: { RSC: "1" } })).text();
  expect(payload).toContain(PUBLIC_DOCUMENT);
  for (const secret of INTERNAL_TEXTS) for (const text of [shown, raw, payload]) expect(text).not.toContain(secret);
}

test.describe("the public timeline", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async ({ browser, baseURL }) => {
    await ensureDemoAccounts();
    const db = testDb();
    // Scenario 4 of PRODUCT.md reads the seeded statement (prisma/seed/statements.ts).
    valls = await db.statement.findFirstOrThrow({ where: { titleEn: VALLS_EN, visibility: "PUBLIC" }, select: { id: true } });
    const [coordinationOnly, membersOnly] = INTERNAL_TEXTS;
    await db.document.createMany({
      data: [documentData("PUBLIC", PUBLIC_DOCUMENT), documentData("MEMBERS", membersOnly), documentData("COORDINATION", coordinationOnly)].map((d) => ({
        ...d,
        statementId: valls.id,
      })),
    });
    // An institution and a campaign named in French only, on public entries.
    untranslated = {
      institution: await db.institution.create({ data: { id: newId(), name: `Ministère sans traduction ${run}`, kind: "MINISTRY" }, select: { id: true, name: true } }),
      campaign: await db.campaign.create({ data: { id: newId(), slug: `sans-traduction-${run}`, nameFr: `Dossier sans traduction ${run}`, visibility: "PUBLIC" }, select: { slug: true, nameFr: true } }),
    };
    const statement = await db.statement.create({
      data: {
        id: newId(),
        date: new Date(Date.UTC(2014, 6, 11)),
        titleFr: `Position sans traduction ${run}`,
        textFr: "Texte publié en français seulement.",
        visibility: "PUBLIC",
        publishedAt: new Date(),
        campaign: { connect: { slug: untranslated.campaign.slug } },
      },
    });
    untranslatedKey = entryKey("statement", statement.id);
    const letter = await db.letter.create({
      data: {
        id: newId(),
        direction: "SENT",
        date: new Date(Date.UTC(2014, 6, 12)),
        subjectFr: `Courrier au ministère sans traduction ${run}`,
        subjectEn: `Letter to the untranslated ministry ${run}`,
        visibility: "PUBLIC",
        publishedAt: new Date(),
        recipients: { create: { institutionId: untranslated.institution.id } },
      },
    });
    untranslatedLetterKey = entryKey("letter", letter.id);
    await refreshPublicCache(browser, baseURL!);
  });

  test("scenario 4, in English: from the timeline filtered to 2014, the Valls petition reads without signing in, without its internal texts", async ({ page }) => {
    await page.goto("/en/timeline");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Advocacy timeline" })).toBeVisible();
    await page.getByLabel("Year").selectOption("2014");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/\/en\/timeline\?year=2014$/);
    const entry = page.getByRole("link", { name: VALLS_EN, exact: true });
    await expect(entry).toHaveCount(1);
    await entry.click();

    await expect(page).toHaveURL(new RegExp(`/en/timeline/${entryKey("statement", valls.id)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(VALLS_EN);
    await expect(page.getByText("10 July 2014")).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(VALLS_EN));
    await expect(page.getByText("That victims of trafficking benefit from adequate accommodation")).toBeVisible();
    await expect(page.getByRole("link", { name: PUBLIC_DOCUMENT })).toBeVisible();
    await expectNoInternalText(page);
  });

  test("scenario 4, in French: the same statement, found the same way at the French address, reads in French", async ({ page }) => {
    await page.goto("/timeline");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.getByLabel("Année").selectOption("2014");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/timeline\?year=2014$/);
    const entry = page.getByRole("link", { name: VALLS_FR, exact: true });
    await expect(entry).toHaveCount(1);
    await entry.click();

    await expect(page).toHaveURL(new RegExp(`/timeline/${entryKey("statement", valls.id)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(VALLS_FR);
    await expect(page.getByText("10 juillet 2014")).toBeVisible();
    await expect(page.getByText("que les victimes de traite bénéficient d’un hébergement adapté")).toBeVisible();
    await expect(page.getByRole("link", { name: PUBLIC_DOCUMENT })).toBeVisible();
    await expectNoInternalText(page);
    // The language switch leads to the same entry in English.
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/timeline/${entryKey("statement", valls.id)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(VALLS_EN);
  });

  test("an entry without its English translation shows the French text, marked as such, and so do the names beside it and in the filters", async ({ page }) => {
    await page.goto(`/en/timeline/${untranslatedKey}`);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText(`Position sans traduction ${run}`);
    await expect(heading).toContainText("(available in French only)");
    await expect(heading.locator("span[lang=fr]")).toHaveCount(1);

    // So are the names beside it: its campaign here, the institution a letter went to there.
    const campaign = page.getByRole("link", { name: untranslated.campaign.nameFr });
    await expect(campaign).toHaveText(`${untranslated.campaign.nameFr}(available in French only)`);
    await expect(campaign.locator("span[lang=fr]")).toHaveText(untranslated.campaign.nameFr);
    await page.goto(`/en/timeline/${untranslatedLetterKey}`);
    const institutions = page.locator("dd").filter({ hasText: untranslated.institution.name });
    await expect(institutions).toHaveText(`${untranslated.institution.name}(available in French only)`);
    await expect(institutions.locator("span[lang=fr]")).toHaveText(untranslated.institution.name);

    // An option cannot hold the note: its label names the language instead.
    await page.goto("/en/timeline");
    await expect(page.getByLabel("Institution").locator(`option[value="${untranslated.institution.id}"]`)).toHaveText(`${untranslated.institution.name} (in French)`);
    await expect(page.getByLabel("Campaign").locator(`option[value="${untranslated.campaign.slug}"]`)).toHaveText(`${untranslated.campaign.nameFr} (in French)`);
    await page.goto("/timeline");
    await expect(page.getByLabel("Institution").locator(`option[value="${untranslated.institution.id}"]`)).toHaveText(untranslated.institution.name);
  });

  test("a statement's Markdown reads as its list and emphasis on its public page, never as raw markers", async ({ page }) => {
    const db = testDb();
    // Both seeded (prisma/seed/statements.ts): the Valls petition's lists, the 2018 position's closing line in italics.
    const petition = await db.statement.findFirstOrThrow({ where: { titleEn: VALLS_EN, visibility: "PUBLIC" }, select: { id: true } });
    const asylum = await db.statement.findFirstOrThrow({ where: { bill: "Projet de loi asile et immigration (2018)", visibility: "PUBLIC" }, select: { id: true } });
    const rawMarkers = /(^|\n)\s*- |\*/;

    for (const path of [`/en/timeline/${entryKey("statement", petition.id)}`, `/timeline/${entryKey("statement", petition.id)}`]) {
      await page.goto(path);
      const article = page.locator("article");
      await expect(article.locator("ul").first().locator("li")).toHaveCount(3);
      await expect(article.locator("ul").nth(1).locator("li")).toHaveCount(6);
      expect(await article.innerText(), path).not.toMatch(rawMarkers);
    }
    await expect(page.locator("article li").first()).toHaveText(/^le développement d’outils/);

    // In English it has no translation: the French text, rendered, after the note that says so.
    await page.goto(`/en/timeline/${entryKey("statement", asylum.id)}`);
    const article = page.locator("article");
    await expect(article.getByText("(available in French only)").first()).toBeVisible();
    await expect(article.locator("[lang=fr] em")).toHaveText("Février 2018 : le jour exact n’est pas indiqué ; la prise de position est enregistrée au 1er février 2018.");
    expect(await article.innerText()).not.toMatch(rawMarkers);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Le Collectif a pris position en février 2018/);
  });

  test("a coordinator publishes an item, then withdraws it: the public page and the feed follow at once", async ({ page, request, asCoordinator }) => {
    void asCoordinator;
    const title = `Prise de position publiée ${run}`;
    const statement = await testDb().statement.create({
      data: { id: newId(), date: new Date(Date.UTC(2098, 0, 1)), titleFr: title, titleEn: `Published statement ${run}`, textFr: "Texte" },
    });
    const path = `/timeline/${entryKey("statement", statement.id)}`;
    // Warm the caches while the item is still internal.
    expect((await request.get(path)).status()).toBe(404);
    expect(await (await request.get("/feeds/timeline-fr.xml")).text()).not.toContain(title);
    const before = await request.get("/timeline", { headers: { "accept-encoding": "gzip" } });
    expect(await before.text()).not.toContain(title);
    // The cached page travels gzipped, with a validator that a client may send back (scripts/lib/whole-body.mjs).
    expect(before.headers()["content-encoding"]).toBe("gzip");
    const etag = before.headers()["etag"];
    expect(etag).toMatch(/^W\/"/);
    expect((await request.get("/timeline", { headers: { "if-none-match": etag } })).status()).toBe(304);

    await page.goto("/publishing?kind=statement");
    const row = page.locator(`tr[data-item="statement-${statement.id}"]`);
    await expect(row).toContainText("Membres");
    await row.getByRole("button", { name: /^Publier/ }).click();
    await expect(row.getByRole("status")).toHaveText(/C'est fait/);
    await expect(row).toContainText("Public");

    expect((await request.get(path)).status()).toBe(200);
    // A client holding the page from before the publication gets the new page, not a 304.
    const after = await request.get("/timeline", { headers: { "if-none-match": etag } });
    expect(after.status()).toBe(200);
    expect(await after.text()).toContain(title);
    expect(await (await request.get("/feeds/timeline-fr.xml")).text()).toContain(title);
    expect(await (await request.get("/feeds/timeline-en.xml")).text()).toContain(`Published statement ${run}`);

    await row.getByRole("button", { name: /^Retirer/ }).click();
    await expect(row.getByRole("button", { name: /^Publier/ })).toBeVisible();
    expect((await request.get(path)).status()).toBe(404);
    expect(await (await request.get("/timeline")).text()).not.toContain(title);
    expect(await (await request.get("/feeds/timeline-fr.xml")).text()).not.toContain(title);
    expect(await (await request.get("/sitemap.xml")).text()).not.toContain(statement.id);
    const audit = await testDb().auditEntry.findMany({ where: { entityId: statement.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["publish", "withdraw"]);
  });

  test("a coordinator edits a public item in its own form: the public page follows at once, and a change of visibility takes it off", async ({ page, request, browser, baseURL, asCoordinator }) => {
    void asCoordinator;
    const title = `Position publique à corriger ${run}`;
    const statement = await testDb().statement.create({
      data: { id: newId(), date: new Date(Date.UTC(2096, 0, 1)), titleFr: title, textFr: "Texte", visibility: "PUBLIC", publishedAt: new Date() },
    });
    await refreshPublicCache(browser, baseURL!);
    const path = `/timeline/${entryKey("statement", statement.id)}`;
    // The public pages and feed are cached with the item as it was.
    expect(await (await request.get(path)).text()).toContain(title);
    expect(await (await request.get("/timeline")).text()).toContain(title);
    expect(await (await request.get("/feeds/timeline-fr.xml")).text()).toContain(title);

    const corrected = `Position publique corrigée ${run}`;
    await page.goto(`/statements/${statement.id}/edit`);
    await page.getByLabel("Titre (français)").fill(corrected);
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Les modifications sont enregistrées." })).toBeVisible();
    const entry = await (await request.get(path)).text();
    expect(entry).toContain(corrected);
    expect(entry).not.toContain(title);
    expect(await (await request.get("/timeline")).text()).toContain(corrected);
    expect(await (await request.get("/feeds/timeline-fr.xml")).text()).toContain(corrected);

    // Made internal from the edit form, not the publishing page: gone from every public page at once.
    await page.goto(`/statements/${statement.id}/edit`);
    await page.getByLabel("Visibilité").selectOption({ label: "Membres" });
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Les modifications sont enregistrées." })).toBeVisible();
    expect((await request.get(path)).status()).toBe(404);
    expect(await (await request.get("/timeline")).text()).not.toContain(corrected);
    expect(await (await request.get("/feeds/timeline-fr.xml")).text()).not.toContain(corrected);
    expect(await (await request.get("/sitemap.xml")).text()).not.toContain(statement.id);
  });

  test("a stale publish button says someone changed the item first, and changes nothing", async ({ page, asCoordinator }) => {
    void asCoordinator;
    const statement = await testDb().statement.create({ data: { id: newId(), date: new Date(Date.UTC(2097, 0, 1)), titleFr: `Conflit ${run}`, textFr: "Texte" } });
    await page.goto("/publishing?kind=statement");
    await testDb().statement.update({ where: { id: statement.id }, data: { version: { increment: 1 } } });
    const row = page.locator(`tr[data-item="statement-${statement.id}"]`);
    await row.getByRole("button", { name: /^Publier/ }).click();
    await expect(row.getByRole("alert")).toContainText("Quelqu'un a modifié cet élément");
    expect((await testDb().statement.findUniqueOrThrow({ where: { id: statement.id } })).visibility).toBe("MEMBERS");
  });

  test("bad input: unknown entries and languages are a plain 404, bad filters and pages lead to the nearest valid page", async ({ request, page }) => {
    for (const path of ["/timeline/meeting-cdoesnotexist000000", "/timeline/nonsense", "/en/timeline/user-c123456789", "/de/timeline", "/de", "/timeline/v/x"]) {
      const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
      expect([404, 307, 308], path).toContain(response.status());
      const body = await response.text();
      expect(body, path).not.toMatch(/\bat \S+ \(\S+:\d+:\d+\)|PrismaClient|node_modules/);
    }
    // The 404 says so in its HTML, for a reader without JavaScript and for a crawler, whatever was asked.
    for (const path of ["/timeline/meeting-cdoesnotexist000000", "/en/timeline/letter-cdoesnotexist000000", "/de/timeline", "/nothing-here"]) {
      const response = await request.get(path, { failOnStatusCode: false });
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain("<h1 class=\"text-2xl font-semibold\">Page introuvable</h1>");
      expect(html, path).toContain("Page not found: this page does not exist");
      expect(html, path).not.toContain("__next_error__");
    }

    for (const query of ["year=abc", "year=1850", "institution=cnotaninstitution00", "theme=no-such-theme", "after=1_meeting_cnotthere000000", "page=999"]) {
      await page.goto(`/timeline?${query}`);
      await expect(page, query).toHaveURL(query === "page=999" ? /\/timeline\?page=999$/ : /\/timeline$/);
      await expect(page.getByRole("heading", { level: 1, name: "Chronologie du plaidoyer" })).toBeVisible();
    }
    await page.goto("/en/timeline?year=2014&theme=no-such-theme");
    await expect(page).toHaveURL(/\/en\/timeline\?year=2014$/);
    await page.goto("/timeline/cdoesnotexist");
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  });

  test("filtered by institution or theme, the timeline says why no statement is listed", async ({ page }) => {
    const theme = await testDb().theme.findFirstOrThrow({ where: { demands: { some: { demand: { visibility: "PUBLIC" } } } }, select: { slug: true } });
    const english = "Statements are not tied to an institution or a theme, so none are listed under this filter.";
    const french = "Les prises de position ne sont rattachées ni à une institution ni à un thème : elles n'apparaissent donc pas avec ce filtre.";

    await page.goto(`/en/timeline?institution=${untranslated.institution.id}`);
    await expect(page).toHaveURL(new RegExp(`institution=${untranslated.institution.id}$`));
    await expect(page.getByText(english)).toBeVisible();
    await expect(page.getByRole("link", { name: `Letter to the untranslated ministry ${run}` })).toBeVisible();
    await page.goto(`/timeline?theme=${theme.slug}`);
    await expect(page).toHaveURL(new RegExp(`theme=${theme.slug}$`));
    await expect(page.getByText(french)).toBeVisible();

    // Other filters keep statements, and say nothing of it.
    await page.goto(`/en/timeline?campaign=${untranslated.campaign.slug}`);
    await expect(page.getByRole("link", { name: `Position sans traduction ${run}` })).toBeVisible();
    await expect(page.getByText(english)).toHaveCount(0);
  });

  test("the filters and the older-entries link lead through the whole year, newest first", async ({ page }) => {
    await page.goto("/en/timeline");
    await page.getByLabel("Year").selectOption("2014");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/\/en\/timeline\?year=2014$/);

    const readPage = () =>
      page.locator("main ol > li").evaluateAll((items) =>
        items.map((item) => ({ href: item.querySelector("a")!.getAttribute("href")!, time: Date.parse(item.querySelector("time")!.getAttribute("datetime")!) })),
      );
    const seen: { href: string; time: number }[] = [];
    let pages = 0;
    for (;;) {
      const entries = await readPage();
      pages += 1;
      expect(entries.length, `page ${pages}`).toBeGreaterThan(0);
      // Each page continues where the one before ended: no entry twice, none newer than the last one read.
      for (const entry of entries) expect(seen.map((s) => s.href), entry.href).not.toContain(entry.href);
      if (seen.length) expect(entries[0].time).toBeLessThanOrEqual(seen[seen.length - 1].time);
      seen.push(...entries);
      const older = page.getByRole("link", { name: "Older entries" });
      if ((await older.count()) === 0) break;
      await older.click();
      await expect(page).toHaveURL(/\/en\/timeline\?year=2014&after=\d+_[a-z]+_[a-z0-9]+$/);
      await expect(page.getByRole("link", { name: "Back to the newest" })).toBeVisible();
    }
    expect(pages).toBeGreaterThan(1);
    const times = seen.map((entry) => entry.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Dates are UTC midnights and meetings are instants: either way, their year in Paris.
    const parisYear = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric" });
    for (const time of times) expect(parisYear.format(time)).toBe("2014");

    // Every public entry of 2014, and only those.
    const db = testDb();
    const year = { gte: new Date(Date.UTC(2014, 0, 1)), lt: new Date(Date.UTC(2015, 0, 1)) };
    // A meeting's year is Paris's: it starts at midnight in Paris, 23:00 UTC the day before in winter.
    const parisYearOfMeetings = { gte: new Date("2013-12-31T23:00:00Z"), lt: new Date("2014-12-31T23:00:00Z") };
    const [meetings, letters, statements, milestones] = await Promise.all([
      db.meeting.findMany({ where: { visibility: "PUBLIC", status: { not: "CANCELLED" }, startsAt: parisYearOfMeetings }, select: { id: true } }),
      db.letter.findMany({ where: { visibility: "PUBLIC", date: year }, select: { id: true } }),
      db.statement.findMany({ where: { visibility: "PUBLIC", date: year }, select: { id: true } }),
      db.demandStatusChange.findMany({ where: { milestone: true, date: year, demand: { visibility: "PUBLIC" } }, select: { id: true } }),
    ]);
    const expected = [
      ...meetings.map((m) => entryKey("meeting", m.id)),
      ...letters.map((l) => entryKey("letter", l.id)),
      ...statements.map((s) => entryKey("statement", s.id)),
      ...milestones.map((c) => entryKey("milestone", c.id)),
    ].map((key) => `/en/timeline/${key}`);
    expect(seen.map((entry) => entry.href).sort()).toEqual(expected.sort());
  });

  test("pages name themselves for sharing, and the feeds and sitemap are served", async ({ page, request }) => {
    await page.goto("/en");
    await expect(page).toHaveTitle("Together against trafficking in human beings");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /advocacy/);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feeds\/timeline-en\.xml$/);
    const atom = await request.get("/feeds/timeline-en.xml");
    expect(atom.headers()["content-type"]).toContain("application/atom+xml");
    const ics = await request.get("/feeds/meetings.ics");
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toContain("BEGIN:VCALENDAR");
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`/en/timeline/${entryKey("statement", valls.id)}`);
    expect(await (await request.get("/robots.txt")).text()).toContain("Disallow: /dashboard");
  });
});
