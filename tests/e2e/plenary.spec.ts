// Scenario 3, the plenary of 29 September 2014, the membership part: an association welcomed as an
// observer for a year, entered through the interface; its status follows, the coordinator's
// dashboard lists its admission vote due a year later, and the change log shows who did it.
import { randomBytes } from "node:crypto";
import { ensureDemoAccounts } from "./accounts-fixtures";
import { expect, test } from "./fixtures";

const name = `Association Test Observatrice ${randomBytes(3).toString("hex")}`;

test.beforeAll(ensureDemoAccounts);

test("the coordinator records an association as observer since 29 September 2014; its admission vote is due a year later", async ({ page, asCoordinator }) => {
  void asCoordinator;
  await page.goto("/organisations");
  await page.getByRole("link", { name: "Nouvelle association" }).click();
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
  await page.getByLabel("Site web").fill("https://www.example.org");
  await page.getByLabel("Présentation (français)").fill("Association présentée au Collectif le 29 septembre 2014.");
  await page.getByRole("button", { name: "Créer l'association" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  await page.getByRole("link", { name: "Historique d'adhésion" }).click();
  await expect(page.getByTestId("membership-status")).toHaveText("Aucun (partenaire, sans adhésion)");
  await page.getByRole("combobox", { name: "Événement" }).selectOption({ label: "Observatrice depuis" });
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2014-09-29");
  await page.getByLabel("Décidé en réunion plénière").selectOption({ label: "lundi 29 septembre 2014 · Réunion plénière du Collectif" });
  await page.getByLabel("Note").fill("Observatrice pendant un an, vote d'admission ensuite.");
  await page.getByRole("button", { name: "Enregistrer l'événement" }).click();

  await expect(page.getByTestId("membership-status")).toHaveText("Observatrice");
  await expect(page.getByTestId("membership-event")).toContainText("Observatrice depuis — 29 septembre 2014");
  await expect(page.getByTestId("membership-event")).toContainText("Réunion plénière du Collectif");

  await page.goto("/dashboard");
  const observers = page.getByRole("region", { name: "Observateurs : vote d'admission à prévoir" });
  const item = observers.getByRole("listitem").filter({ hasText: name });
  await expect(item).toContainText("observateur depuis le 29 septembre 2014, vote prévu le 29 septembre 2015");

  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Journal" }).click();
  await page.getByLabel("Type de fiche").selectOption({ label: "Association" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/type=Organisation/);
  const rows = page.getByRole("table").getByRole("row").filter({ hasText: name });
  await expect(rows.first()).toContainText("Modification");
  await expect(rows.first()).toContainText("Observatrice");
  await expect(rows.filter({ hasText: "Création" })).toHaveCount(1);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Étape d'adhésion" })).toHaveCount(0);
});
