// The home page, in French and English: the latest entries and the next public meetings lead to
// their pages; the member associations are listed with their status, website and contact.
import { randomBytes } from "node:crypto";
import { interpolate } from "../../lib/i18n/interpolate";
import { messages } from "../../lib/i18n/messages";
import { expect, test, testDb } from "./fixtures";
import { ensureDemoAccounts, newId, refreshPublicCache } from "./public-support";

const run = randomBytes(4).toString("hex");
const upcoming = { id: newId(), titleFr: `Rencontre annoncée ${run}`, titleEn: `Announced meeting ${run}` };
const internalTitle = `Rencontre interne ${run}`;

test.beforeAll(async ({ browser, baseURL }) => {
  await ensureDemoAccounts();
  // Two hours from now: sooner than any other meeting announced, so it heads the next meetings.
  const base = { kind: "GOVERNMENT" as const, status: "PLANNED" as const, startsAt: new Date(Date.now() + 2 * 3600_000) };
  await testDb().meeting.create({ data: { ...base, ...upcoming, visibility: "PUBLIC", publishedAt: new Date() } });
  await testDb().meeting.create({ data: { ...base, id: newId(), titleFr: internalTitle, visibility: "MEMBERS" } });
  await refreshPublicCache(browser, baseURL!);
});

const SECOURS_CATHOLIQUE = "Secours Catholique – Caritas France";
const homes = [
  { locale: "fr", language: "French", path: "/", prefix: "", meetingTitle: upcoming.titleFr },
  { locale: "en", language: "English", path: "/en", prefix: "/en", meetingTitle: upcoming.titleEn },
] as const;

for (const home of homes) {
  test(`the home page in ${home.language}: latest entries and next meetings lead to their pages; observers are marked, websites given`, async ({ page }) => {
    const p = messages[home.locale].publicSite;
    await page.goto(home.path);
    const organisation = (name: string) =>
      page.getByRole("region", { name: p.members }).getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await expect(organisation("SOS Esclaves").getByText(p.observer, { exact: true })).toBeVisible();
    await expect(organisation(SECOURS_CATHOLIQUE).getByText(p.member, { exact: true })).toBeVisible();
    await expect(organisation(SECOURS_CATHOLIQUE).getByRole("link", { name: interpolate(p.websiteOf, { name: SECOURS_CATHOLIQUE }) })).toHaveAttribute("href", "https://www.secours-catholique.org");
    await expect(organisation(SECOURS_CATHOLIQUE)).toContainText("contre.la.traite@secours-catholique.org");

    // Every latest entry links to its page, which is titled as the link reads.
    const latest = page.getByRole("region", { name: p.latest }).locator("li h3 a");
    expect(await latest.count()).toBeGreaterThan(0);
    for (const href of await latest.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
      expect(href).toMatch(new RegExp(`^${home.prefix}/timeline/(meeting|letter|statement|milestone)-c[a-z0-9]+$`));
    }
    const title = await latest.first().innerText();
    await latest.first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    await page.goto(home.path);
    const next = page.getByRole("region", { name: p.nextMeetings });
    await expect(next.getByText(internalTitle)).toHaveCount(0);
    const meeting = next.getByRole("link", { name: home.meetingTitle });
    await expect(meeting).toHaveAttribute("href", `${home.prefix}/timeline/meeting-${upcoming.id}`);
    await meeting.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.meetingTitle);
  });
}
