import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { expect, test, testDb } from "./fixtures";
import { ensureDemoAccounts } from "./search-and-calendar-accounts";

const tag = `zq${randomBytes(5).toString("hex").replace(/\d/g, "x")}`;

test.beforeAll(async () => {
  await ensureDemoAccounts();
  const db = testDb();
  const meeting = (titleFr: string, data: object = {}) =>
    db.meeting.create({ data: { titleFr, kind: "GOVERNMENT", startsAt: new Date("2014-09-23T14:00:00Z"), visibility: "MEMBERS", ...data } });
  await meeting(`Traité ${tag} : rencontre au ministère de l'<i>Intérieur</i>`, { agenda: `La traite des êtres humains, ${tag}` });
  await db.demand.create({ data: { titleFr: `Hébergement ${tag}`, status: "PROMISED", raisedOn: new Date("2014-09-23"), statusDate: new Date("2014-09-23") } });
  await meeting(`Stratégie ${tag} de la coordination`, { visibility: "COORDINATION" });
  await meeting(`Rencontre ${tag} au cabinet`, { confidentialNotes: `zsecret${tag}` });
  for (let i = 0; i < 25; i++) await meeting(`Suivi ${tag}paged n° ${i}`, { startsAt: new Date(Date.UTC(2016, 0, 1 + i, 10)) });
});

test.describe("searching the workspace", () => {
  test("a member searches “traite” and sees accented hits highlighted, and nothing for coordinators only", async ({ page, asMember }) => {
    await page.goto("/dashboard");
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Rechercher" }).click();
    await expect(page.getByRole("heading", { name: "Rechercher", level: 1 })).toBeVisible();
    await page.getByLabel("Mots à chercher").fill(`traite etres ${tag}`);
    await page.getByRole("main").getByRole("button", { name: "Rechercher" }).click();

    await expect(page).toHaveURL(new RegExp(`q=traite`));
    const hits = page.getByTestId("search-hit");
    await expect(hits.first()).toBeVisible();
    const hit = hits.filter({ hasText: "rencontre au ministère" });
    await expect(hit.locator("mark").filter({ hasText: /^Traité$/ })).toBeVisible();
    await expect(hit.locator("mark").filter({ hasText: /^êtres$/ })).toBeVisible();
    // Markup in the text shows as text, never as markup.
    await expect(hit).toContainText("<i>Intérieur</i>");
    await expect(hit.locator("i")).toHaveCount(0);
    await expect(page.getByText(`Stratégie ${tag}`)).toHaveCount(0);

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);

    // A hit opens its record in the browser, without loading the whole page again.
    await page.evaluate(() => Object.assign(window, { stayedOnThisWindow: true }));
    await hit.getByRole("link").click();
    await expect(page).toHaveURL(/\/meetings\//);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("rencontre au ministère");
    expect(await page.evaluate(() => (window as { stayedOnThisWindow?: boolean }).stayedOnThisWindow)).toBe(true);
  });

  test("from any page, the header's search box leads to the results", async ({ page, asMember }) => {
    await page.goto("/actions");
    await page.getByLabel("Chercher partout").fill(`traite ${tag}`);
    await page.getByLabel("Chercher partout").press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=traite\\+${tag}$`));
    await expect(page.getByTestId("search-hit").filter({ hasText: "rencontre au ministère" })).toBeVisible();
    // The search page's own form holds the words asked for.
    await expect(page.getByLabel("Mots à chercher")).toHaveValue(`traite ${tag}`);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  test("a word only in confidential notes finds nothing for a member", async ({ page, asMember }) => {
    await page.goto(`/search?q=zsecret${tag}`);
    await expect(page.getByRole("status").filter({ hasText: "Aucun résultat" })).toBeVisible();
    await expect(page.getByTestId("search-hit")).toHaveCount(0);
  });

  test("the coordinator finds the coordination item and the confidential note", async ({ page, asCoordinator }) => {
    await page.goto(`/search?q=${encodeURIComponent(`strategie ${tag}`)}`);
    await expect(page.getByTestId("search-hit").filter({ hasText: `Stratégie ${tag}` })).toBeVisible();
    await page.goto(`/search?q=zsecret${tag}`);
    await expect(page.getByTestId("search-hit").filter({ hasText: `Rencontre ${tag}` })).toBeVisible();
  });

  test("twenty hits to a page: the member goes to the next page of results and back", async ({ page, asMember }) => {
    await page.goto(`/search?q=${tag}paged`);
    await expect(page.getByRole("status").filter({ hasText: `25 résultats pour « ${tag}paged »` })).toBeVisible();
    await expect(page.getByTestId("search-hit")).toHaveCount(20);
    await expect(page.getByTestId("search-hit").first()).toContainText(`Suivi ${tag}paged n° 24`);
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page suivante" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("search-hit")).toHaveCount(5);
    await expect(page.getByTestId("search-hit").last()).toContainText(`Suivi ${tag}paged n° 0`);
    await expect(page.getByRole("status").filter({ hasText: "25 résultats" })).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page précédente" }).click();
    await expect(page.getByTestId("search-hit")).toHaveCount(20);
    // A page that does not exist is the nearest one.
    await page.goto(`/search?q=${tag}paged&page=7`);
    await expect(page.getByTestId("search-hit")).toHaveCount(5);
  });

  test("punctuation only gets a clear message, not an error", async ({ page, asMember }) => {
    const response = await page.goto(`/search?q=${encodeURIComponent("?!… ;")}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Votre recherche ne contient aucun mot")).toBeVisible();
  });

  test("the charts page shows its three figures, each with a table", async ({ page, asCoordinator }) => {
    // A meeting long ago makes the years run wider than the screen: the chart then scrolls sideways.
    const institution = await testDb().institution.findFirstOrThrow({ select: { id: true } });
    await testDb().meeting.create({
      data: { titleFr: `Rencontre ancienne ${tag}`, kind: "GOVERNMENT", startsAt: new Date("1990-03-01T10:00:00Z"), institutions: { create: { institutionId: institution.id } } },
    });
    await page.goto("/charts");
    await expect(page.getByRole("heading", { name: "Graphiques", level: 1 })).toBeVisible();
    for (const name of ["Rencontres par institution et par année", "Revendications par statut"]) {
      await expect(page.getByRole("figure", { name })).toBeVisible();
    }
    await page.getByRole("figure", { name: "Revendications par statut" }).getByText("Afficher en tableau").click();
    await expect(page.getByRole("figure", { name: "Revendications par statut" }).getByRole("table")).toBeVisible();
    // The wide chart's scrolling region is reached with the keyboard, and named by its chart.
    const wide = page.getByRole("region", { name: "Rencontres par institution et par année" }).first();
    await wide.focus();
    await expect(wide).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => wide.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });
});
