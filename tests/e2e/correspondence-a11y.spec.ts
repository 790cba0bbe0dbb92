// The letter, statement and document forms have no axe violations, empty and with their errors shown.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ensureDemoAccounts } from "./accounts-fixtures";
import { expect, test, testDb } from "./fixtures";

test.beforeAll(ensureDemoAccounts);

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the letter, statement and document forms are accessible, errors included", async ({ page, asCoordinator: _ }) => {
  await page.goto("/letters/new");
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Enregistrer le courrier" }).click();
  await expect(page.getByText("Ce champ est obligatoire.").first()).toBeVisible();
  await expectNoViolations(page);

  await page.goto("/statements/new");
  await page.getByRole("button", { name: "Enregistrer la prise de position" }).click();
  await expect(page.getByText("Ce champ est obligatoire.").first()).toBeVisible();
  await expectNoViolations(page);

  const letter = await testDb().letter.findFirstOrThrow({ where: { visibility: "PUBLIC" }, select: { id: true } });
  await page.goto(`/letters/${letter.id}/edit`);
  await expectNoViolations(page);
  await page.goto(`/documents/new?letterId=${letter.id}`);
  await page.getByRole("button", { name: "Joindre le document" }).click();
  await expect(page.getByText("Choisissez un fichier.")).toBeVisible();
  await expectNoViolations(page);
});
