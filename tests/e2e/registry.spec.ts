// The coordinator keeps the registry through the interface: a change of position without
// rewriting history, bad input refused beside its field with the input kept, and a second editor
// told that someone saved first.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { ensureDemoAccounts } from "./accounts-fixtures";
import { DEMO, expect, signInAs, test, testDb } from "./fixtures";

const tag = `e2e${randomBytes(3).toString("hex")}`;

/** The form of the page's main content (the header has forms of its own). */
const mainForm = (page: Page) => page.getByRole("main").locator("form").first();

test.beforeAll(ensureDemoAccounts);

test("the coordinator ends Raphaël Sodini's position and starts a new one; his page shows both with their dates", async ({ page, asCoordinator }) => {
  void asCoordinator;
  const sodini = await testDb().person.findFirstOrThrow({
    where: { firstName: "Raphaël", lastName: "Sodini" },
    select: { id: true, positions: { where: { endDate: null }, select: { id: true, title: true } } },
  });
  const current = sodini.positions[0];
  const newTitle = `Conseiller diplomatique ${tag}`;

  await page.goto(`/people/${sodini.id}`);
  await page.getByRole("link", { name: `Terminer la fonction « ${current.title} » et en commencer une nouvelle` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changement de fonction de Raphaël Sodini");
  await page.getByRole("textbox", { name: "Date du changement" }).fill("2015-09-01");
  await page.getByRole("textbox", { name: "Fonction (en français)" }).fill(newTitle);
  await page.getByRole("combobox", { name: "Institution", exact: true }).selectOption({ label: "Ministère des Affaires étrangères" });
  await page.getByRole("button", { name: "Terminer et commencer la nouvelle fonction" }).click();

  await expect(page).toHaveURL(new RegExp(`/people/${sodini.id}$`));
  const positions = page.getByRole("table", { name: "Fonctions, de la plus récente à la plus ancienne" });
  const previous = positions.getByRole("row").filter({ hasText: current.title });
  const next = positions.getByRole("row").filter({ hasText: newTitle });
  await expect(previous).toContainText("1 septembre 2015");
  await expect(next).toContainText("Ministère des Affaires étrangères");
  await expect(next).toContainText("1 septembre 2015");
  await expect(next).toContainText("en poste");
  // The meetings he attended still show the title he held then.
  await expect(page.getByRole("region", { name: "Rencontres" })).toContainText(`rencontré·e en tant que ${current.title}`);
});

test("a position ending before it starts is refused beside its field, with the input kept", async ({ page, asCoordinator }) => {
  void asCoordinator;
  const person = await testDb().person.create({ data: { firstName: "Camille", lastName: `Essai ${tag}` } });
  await page.goto(`/people/${person.id}/positions/new`);
  await page.getByRole("textbox", { name: "Fonction (en français)" }).fill("Conseillère justice");
  await page.getByRole("combobox", { name: "Institution", exact: true }).selectOption({ label: "Ministère de la Justice" });
  await page.getByLabel("Du", { exact: true }).fill("2015-06-01");
  await page.getByLabel("Au", { exact: true }).fill("2014-06-01");
  await page.getByRole("button", { name: "Enregistrer la fonction" }).click();

  const form = mainForm(page);
  await expect(form.getByRole("alert")).toContainText("Le formulaire contient des erreurs");
  await expect(page.getByLabel("Au", { exact: true })).toHaveAccessibleDescription(/La fin ne peut pas précéder le début/);
  await expect(page.getByRole("textbox", { name: "Fonction (en français)" })).toHaveValue("Conseillère justice");
  await expect(page.getByLabel("Du", { exact: true })).toHaveValue("2015-06-01");
  expect(await testDb().position.count({ where: { personId: person.id } })).toBe(0);
});

test("a website that is not https is refused beside its field, with the input kept", async ({ page, asCoordinator }) => {
  void asCoordinator;
  const name = `Association Site ${tag}`;
  await page.goto("/organisations/new");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
  await page.getByLabel("Site web").fill("http://www.example.org");
  await page.getByLabel("Présentation (français)").fill("Une association de test.");
  await page.getByRole("button", { name: "Créer l'association" }).click();

  await expect(mainForm(page).getByRole("alert")).toContainText("Le formulaire contient des erreurs");
  await expect(page.getByLabel("Site web")).toHaveAccessibleDescription(/commençant par https:\/\//);
  await expect(page.getByLabel("Site web")).toHaveValue("http://www.example.org");
  await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Présentation (français)")).toHaveValue("Une association de test.");
  expect(await testDb().organisation.count({ where: { name } })).toBe(0);
});

test("two coordinators edit the same organisation: the second is told who saved and what, and keeps their input", async ({ page, context, asCoordinator }) => {
  void asCoordinator;
  const organisation = await testDb().organisation.create({ data: { name: `Association Partagée ${tag}`, slug: `partagee-${tag}` } });
  await page.goto(`/organisations/${organisation.id}/edit`);
  const second = await context.newPage();
  await second.goto(`/organisations/${organisation.id}/edit`);

  await page.getByLabel("Contact public").fill("contact@example.org");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page).toHaveURL(new RegExp(`/organisations/${organisation.id}$`));
  await expect(page.getByText("contact@example.org")).toBeVisible();

  await second.getByLabel("Sigle").fill("APT");
  await second.getByRole("button", { name: "Enregistrer les modifications" }).click();
  const alert = mainForm(second).getByRole("alert");
  await expect(alert).toContainText("Quelqu'un a enregistré cette fiche pendant que vous la modifiiez.");
  const coordinator = await testDb().user.findUniqueOrThrow({ where: { email: DEMO.coordinator }, select: { name: true } });
  await expect(alert).toContainText(`Enregistrée entre-temps par ${coordinator.name}.`);
  await expect(alert.getByTestId("conflict-changes")).toContainText("Contact public : « contact@example.org »");
  await expect(second.getByLabel("Sigle")).toHaveValue("APT");
  expect((await testDb().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).acronym).toBeNull();
  await second.close();
});

test("an institution cannot be made to succeed, through a chain, one that follows it", async ({ page, asCoordinator }) => {
  void asCoordinator;
  const db = testDb();
  const later = await db.institution.create({ data: { name: `Ministère nouveau ${tag}`, kind: "MINISTRY" } });
  const earlier = await db.institution.create({ data: { name: `Ministère ancien ${tag}`, kind: "MINISTRY", successorId: later.id } });
  await page.goto(`/institutions/${later.id}/edit`);
  await page.getByLabel("Remplacée par").selectOption({ label: earlier.name });
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByLabel("Remplacée par")).toHaveAccessibleDescription(/boucle/);
  expect((await db.institution.findUniqueOrThrow({ where: { id: later.id } })).successorId).toBeNull();
});

test("members and observers get the not-found page for the registry's forms and the change log, and see no link to them", async ({ browser, baseURL }) => {
  const organisation = await testDb().organisation.findFirstOrThrow({ select: { id: true } });
  for (const email of [DEMO.member, DEMO.observer]) {
    const context = await browser.newContext();
    await signInAs(context, email, baseURL!);
    const theirs = await context.newPage();
    for (const path of ["/organisations/new", `/organisations/${organisation.id}/edit`, `/organisations/${organisation.id}/membership`, "/institutions/new", "/people/new", "/campaigns/new", "/audit"]) {
      const response = await theirs.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(404);
      await expect(theirs.getByRole("main").locator("form")).toHaveCount(0);
    }
    await theirs.goto(`/organisations/${organisation.id}`);
    await expect(theirs.getByRole("link", { name: "Modifier l'association" })).toHaveCount(0);
    await context.close();
  }
});
