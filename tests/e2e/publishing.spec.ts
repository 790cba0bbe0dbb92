// The coordinator's publishing page: where a withdrawal sends an item, and what lacks a translation.
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
