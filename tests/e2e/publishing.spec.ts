// The coordinator's publishing page: where a withdrawal sends an item, and what lacks a translation.
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { expect, test, testDb } from "./fixtures";
import { ensureDemoAccounts, newId } from "./public-support";

const run = randomBytes(4).toString("hex");

test.beforeAll(async () => {
  await ensureDemoAccounts();
});

test("a coordination statement, once published, says its withdrawal sends it back to the coordination, and does", async ({ page, asCoordinator }) => {
  void asCoordinator;
  const title = `Note de coordination ${run}`;
  const statement = await testDb().statement.create({
    data: { id: newId(), date: new Date(Date.UTC(2094, 0, 1)), titleFr: title, textFr: "Texte", visibility: "COORDINATION" },
  });
  await page.goto("/publishing?kind=statement");
  const row = page.locator(`tr[data-item="statement-${statement.id}"]`);
  await expect(row).toContainText("Coordination");
  await row.getByRole("button", { name: /^Publier/ }).click();
  await expect(row.getByRole("status")).toHaveText(/C'est fait/);

  const withdraw = row.getByRole("button", { name: `Retirer (revient à : Coordination) « ${title} » de la chronologie publique` });
  await expect(withdraw).toHaveText("Retirer (revient à : Coordination)");
  await withdraw.click();
  await expect(row.getByRole("button", { name: /^Publier/ })).toBeVisible();
  await expect(row).toContainText("Coordination");
  expect((await testDb().statement.findUniqueOrThrow({ where: { id: statement.id } })).visibility).toBe("COORDINATION");
});

test("the coordinator sees every public text missing French or English, what it lacks, and follows the link to complete it", async ({ page, asCoordinator }) => {
  void asCoordinator;
  const db = testDb();
  const when = new Date(Date.UTC(2093, 5, 1));
  const institution = await db.institution.create({ data: { id: newId(), name: `Ministère sans traduction ${run}`, kind: "MINISTRY" } });
  // Translated itself, it names an institution that is not.
  await db.meeting.create({
    data: {
      id: newId(),
      titleFr: `Rencontre sans traduction ${run}`,
      titleEn: `Untranslated meeting ${run}`,
      summaryFr: "Résumé public.",
      summaryEn: "Public summary.",
      startsAt: when,
      kind: "GOVERNMENT",
      status: "HELD",
      visibility: "PUBLIC",
      institutions: { create: { institutionId: institution.id } },
    },
  });
  // In English only: the old filter looked for missing English and never listed it.
  const letter = await db.letter.create({
    data: { id: newId(), direction: "SENT", date: when, subjectFr: `Courrier ${run}`, subjectEn: `Letter ${run}`, summaryEn: "Only in English.", visibility: "PUBLIC" },
  });
  const demand = await db.demand.create({
    data: {
      id: newId(),
      titleFr: `Demande ${run}`,
      titleEn: `Demand ${run}`,
      raisedOn: when,
      statusDate: when,
      visibility: "PUBLIC",
      statusChanges: { create: { id: newId(), status: "PROMISED", date: when, noteFr: "Promis par le ministère.", milestone: true } },
    },
    include: { statusChanges: true },
  });
  const step = demand.statusChanges[0];

  await page.goto("/publishing");
  await page.getByRole("link", { name: "Traductions manquantes" }).click();
  await expect(page).toHaveURL(/\/publishing\?view=translations$/);
  await expect(page.getByRole("link", { name: "Traductions manquantes" })).toHaveAttribute("aria-current", "page");
  const table = page.getByRole("table", { name: "Textes publics auxquels il manque une langue" });
  const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  const next = page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page suivante" });
  /** The list's page that holds the row, from the first page on; null when no page does. */
  async function pageWith(name: string) {
    await page.goto("/publishing?view=translations");
    for (;;) {
      await expect(table).toBeVisible();
      if ((await row(name).count()) > 0) return row(name);
      if ((await next.count()) === 0) return null;
      await next.click();
    }
  }

  const letterRow = (await pageWith(`Courrier ${run}`))!;
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await expect(letterRow).toContainText("Courrier");
  await expect(letterRow).toContainText("résumé en français");
  await expect(letterRow.getByRole("link")).toHaveAttribute("href", `/letters/${letter.id}/edit`);
  const stepRow = (await pageWith(`Demande ${run}`))!;
  await expect(stepRow).toContainText("Étape publique d'une demande");
  await expect(stepRow).toContainText("note en anglais");
  // The form that edits a step's notes is being built on another branch: the link leads there.
  await expect(stepRow.getByRole("link")).toHaveAttribute("href", `/demands/${demand.id}/status/${step.id}/edit`);
  expect(await pageWith(`Rencontre sans traduction ${run}`)).toBeNull();

  const institutionRow = (await pageWith(`Ministère sans traduction ${run}`))!;
  await expect(institutionRow).toContainText("nom en anglais");
  await institutionRow.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/institutions/${institution.id}/edit$`));
  await page.getByLabel("Nom en anglais").fill(`Untranslated ministry, now translated ${run}`);
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page).toHaveURL(new RegExp(`/institutions/${institution.id}$`));
  expect(await pageWith(`Ministère sans traduction ${run}`)).toBeNull();
});
