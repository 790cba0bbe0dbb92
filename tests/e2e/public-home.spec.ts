// The home page, in French and English: the latest entries and the next public meetings lead to
// their pages; the member associations are listed with their status, website and contact.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test, testDb } from "./fixtures";
import { ensureDemoAccounts, newId, refreshPublicCache } from "./public-support";

const run = randomBytes(4).toString("hex");
const upcoming = { id: newId(), titleFr: `Rencontre annoncée ${run}`, titleEn: `Announced meeting ${run}` };
const internalTitle = `Rencontre interne ${run}`;

test.beforeAll(async ({ browser, baseURL }) => {
  await ensureDemoAccounts();
  // Two hours from now: sooner than any other meeting announced, so it heads the next meetings.
  const startsAt = new Date(Date.now() + 2 * 3600_000);
  const base = { kind: "GOVERNMENT" as const, status: "PLANNED" as const, startsAt };
  await testDb().meeting.create({ data: { ...base, ...upcoming, visibility: "PUBLIC", publishedAt: new Date() } });
  await testDb().meeting.create({ data: { ...base, id: newId(), titleFr: internalTitle, visibility: "MEMBERS" } });
  await refreshPublicCache(browser, baseURL!);
});

/** Every latest entry links to its page, which is titled as the link reads. */
async function followLatest(page: Page, section: string, prefix: string) {
  const links = page.getByRole("region", { name: section }).locator("li h3 a");
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")))) {
    expect(href).toMatch(new RegExp(`^${prefix}/timeline/(meeting|letter|statement|milestone)-c[a-z0-9]+$`));
  }
  const first = links.first();
  const title = await first.innerText();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/timeline/`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

test("the home page in French: latest entries and next meetings lead to their pages; observers are marked, websites given", async ({ page }) => {
  await page.goto("/");
  const members = page.getByRole("region", { name: "Les associations du Collectif" });
  const sosEsclaves = members.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "SOS Esclaves" }) });
  await expect(sosEsclaves.getByText("Membre observateur", { exact: true })).toBeVisible();
  const secoursCatholique = members.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Secours Catholique – Caritas France" }) });
  await expect(secoursCatholique.getByText("Membre", { exact: true })).toBeVisible();
  await expect(secoursCatholique.getByRole("link", { name: "Site web de Secours Catholique – Caritas France" })).toHaveAttribute("href", "https://www.secours-catholique.org");
  await expect(secoursCatholique).toContainText("Contact : contre.la.traite@secours-catholique.org");

  const next = page.getByRole("region", { name: "Prochaines rencontres publiques" });
  await expect(next.getByText(internalTitle)).toHaveCount(0);
  const meeting = next.getByRole("link", { name: upcoming.titleFr });
  await expect(meeting).toHaveAttribute("href", `/timeline/meeting-${upcoming.id}`);
  await meeting.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(upcoming.titleFr);

  await page.goto("/");
  await followLatest(page, "Dernières actions de plaidoyer", "");
});

test("the home page in English: the same, at the English addresses", async ({ page }) => {
  await page.goto("/en");
  const members = page.getByRole("region", { name: "The Collective's associations" });
  const sosEsclaves = members.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "SOS Esclaves" }) });
  await expect(sosEsclaves.getByText("Observer member", { exact: true })).toBeVisible();
  const secoursCatholique = members.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Secours Catholique – Caritas France" }) });
  await expect(secoursCatholique.getByText("Member", { exact: true })).toBeVisible();
  await expect(secoursCatholique.getByRole("link", { name: "Website of Secours Catholique – Caritas France" })).toHaveAttribute("href", "https://www.secours-catholique.org");

  const meeting = page.getByRole("region", { name: "Next public meetings" }).getByRole("link", { name: upcoming.titleEn });
  await expect(meeting).toHaveAttribute("href", `/en/timeline/meeting-${upcoming.id}`);
  await meeting.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(upcoming.titleEn);

  await page.goto("/en");
  await followLatest(page, "Latest advocacy", "/en");
});
