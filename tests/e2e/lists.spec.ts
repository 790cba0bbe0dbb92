// The workspace's lists and pages, in the browser: filtering meetings, a meeting's officials with the
// titles they held that day, not-found for what the reader may not see, and the CSV export.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { hashPassword } from "../../lib/auth/password";
import { DEMO, DEMO_PASSWORD, expect, test, testDb } from "./fixtures";

const tag = `e2e${randomBytes(4).toString("hex")}`;
let membersMeetingId = "";
let coordinationMeetingId = "";

/** The demo accounts come from the demo seed; create them when it has not run here. */
async function ensureDemoAccounts() {
  const db = testDb();
  const missing: (typeof DEMO)[keyof typeof DEMO][] = [];
  for (const email of Object.values(DEMO)) {
    if (!(await db.user.findUnique({ where: { email }, select: { id: true } }))) missing.push(email);
  }
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const memberOrg = await db.organisation.create({ data: { name: `OICEM ${tag}`, slug: `oicem-${tag}`, status: "MEMBER" } });
  const observerOrg = await db.organisation.create({ data: { name: `SOS Esclaves ${tag}`, slug: `sos-${tag}`, status: "OBSERVER" } });
  const accounts = {
    [DEMO.coordinator]: { name: "Coordination", role: "COORDINATOR" as const, organisationId: null },
    [DEMO.member]: { name: "Membre", role: "MEMBER" as const, organisationId: memberOrg.id },
    [DEMO.observer]: { name: "Observatrice", role: "OBSERVER" as const, organisationId: observerOrg.id },
  };
  for (const email of missing) await db.user.create({ data: { email, passwordHash, ...accounts[email] } });
}

test.beforeAll(async () => {
  await ensureDemoAccounts();
  const db = testDb();
  const interior = await db.institution.create({ data: { name: `Ministère de l'Intérieur ${tag}`, kind: "MINISTRY" } });
  const adviser = await db.person.create({ data: { firstName: "Raphaël", lastName: `Sodini ${tag}` } });
  const position = await db.position.create({
    data: { personId: adviser.id, institutionId: interior.id, title: "Conseiller immigration et asile, correspondant traite", startDate: new Date("2014-04-02") },
  });
  const meeting = await db.meeting.create({
    data: {
      titleFr: `Rencontre avec le ministre de l'Intérieur ${tag}`,
      startsAt: new Date("2014-09-23T14:00:00Z"),
      kind: "GOVERNMENT",
      status: "HELD",
      visibility: "MEMBERS",
      place: "Place Beauvau, Paris",
      institutions: { create: [{ institutionId: interior.id }] },
      officials: { create: [{ positionId: position.id }] },
    },
  });
  await db.meeting.create({
    data: { titleFr: `Préparation de la plénière ${tag}`, startsAt: new Date("2014-09-25T08:00:00Z"), kind: "PREPARATORY", status: "PLANNED", visibility: "MEMBERS" },
  });
  const internal = await db.meeting.create({
    data: { titleFr: `Stratégie interne ${tag}`, startsAt: new Date("2014-09-20T08:00:00Z"), kind: "PREPARATORY", visibility: "COORDINATION" },
  });
  membersMeetingId = meeting.id;
  coordinationMeetingId = internal.id;
});

test.describe("the meetings list", () => {
  test("a member filters the meetings, opens one and sees the officials with the title they held that day", async ({ page, asMember }) => {
    void asMember;
    await page.goto("/meetings");
    await expect(page.getByRole("heading", { level: 1, name: "Rencontres" })).toBeVisible();
    await page.getByLabel("Rechercher").fill(tag);
    await page.getByLabel("Statut").selectOption({ label: "Tenue" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/status=HELD/);
    await expect(page.getByText("1 résultat")).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.getByRole("link")).toHaveCount(1);
    await expect(table.getByText(`Préparation de la plénière ${tag}`)).toHaveCount(0);
    // A click with a modifier is the browser's (a new tab or window here), not the table's.
    const opened = page.context().waitForEvent("page");
    await table.getByRole("link", { name: `Rencontre avec le ministre de l'Intérieur ${tag}` }).click({ modifiers: ["Shift"] });
    await (await opened).close();
    await expect(page).toHaveURL(/status=HELD/);
    await table.getByRole("link", { name: `Rencontre avec le ministre de l'Intérieur ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/meetings/${membersMeetingId}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rencontre avec le ministre de l'Intérieur ${tag}`);
    await expect(page.getByText("mardi 23 septembre 2014 à 16:00")).toBeVisible();
    const officials = page.getByRole("region", { name: "Personnalités rencontrées" });
    await expect(officials.getByRole("link", { name: `Raphaël Sodini ${tag}` })).toBeVisible();
    await expect(officials).toContainText("Conseiller immigration et asile, correspondant traite");
  });

  test("an observer opening a coordination meeting's address gets the not-found page", async ({ page, asObserver }) => {
    void asObserver;
    const response = await page.goto(`/meetings/${coordinationMeetingId}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await expect(page.getByText(`Stratégie interne ${tag}`)).toHaveCount(0);
  });

  test("the CSV export link downloads the filtered list with its header row", async ({ page, asMember }) => {
    void asMember;
    await page.goto(`/meetings?q=${tag}`);
    await expect(page.getByText("2 résultats")).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter en CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^plaidoyer-meetings-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Date et heure,Titre,Type,Statut,Lieu,Institutions,Visibilité");
    expect(lines).toHaveLength(3);
    expect(csv).not.toContain("Stratégie interne");
  });

  test("an anonymous request for an export gets 401 and no data", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const response = await anonymous.get(`/api/export/meetings?q=${tag}`);
    expect(response.status()).toBe(401);
    expect(await response.text()).not.toContain(tag);
    await anonymous.dispose();
  });
});
