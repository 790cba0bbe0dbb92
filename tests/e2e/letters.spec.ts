// The coordinator records the Collective's correspondence through the interface alone.
import { randomBytes } from "node:crypto";
import { ensureDemoAccounts } from "./accounts-fixtures";
import { expect, test, testDb } from "./fixtures";

test.beforeAll(ensureDemoAccounts);

const suffix = () => randomBytes(3).toString("hex");

test("the coordinator records the reminder letter of 21 April 2015 to Bernard Cazeneuve, his position that day as recipient", async ({ page, asCoordinator: _ }) => {
  const subject = `Deuxième lettre à M. Bernard Cazeneuve : inquiétude du Collectif (saisie ${suffix()})`;
  await page.goto("/letters");
  await page.getByRole("link", { name: "Nouveau courrier" }).click();
  await expect(page.getByRole("heading", { name: "Nouveau courrier", level: 1 })).toBeVisible();

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Enregistrer le courrier" }) });
  await form.getByRole("combobox", { name: /^Sens/ }).selectOption({ label: "Envoyé" });
  await form.getByLabel(/^Date du courrier/).fill("2015-04-21");
  await form.getByLabel("Objet (français)").fill(subject);
  await form.getByLabel("Résumé (français)").fill("Les associations s’inquiètent que la circulaire aux préfets n’ait toujours pas été transmise.");
  await form.getByLabel("Signataire").fill("Collectif « Ensemble contre la traite des êtres humains »");
  await form.getByRole("combobox", { name: "Association expéditrice (courrier envoyé)" }).selectOption({ label: "Secours Catholique – Caritas France" });

  const recipient = form.getByRole("group", { name: "Destinataire 1" });
  await recipient.getByLabel("Institution", { exact: true }).selectOption({ label: "Ministère de l’Intérieur" });
  const official = recipient.getByLabel("Personne destinataire (fonction occupée à la date du courrier)");
  // On 21 April 2015 he was Minister of the Interior, not yet Prime Minister: only that position is offered.
  await expect(official.locator("option", { hasText: "Bernard Cazeneuve — Premier ministre" })).toHaveCount(0);
  await official.selectOption({ label: "Bernard Cazeneuve — Ministre de l’Intérieur" });

  await form.getByRole("group", { name: "Revendications concernées" }).getByLabel(/Une instruction aux préfets/).check();
  await form.getByRole("combobox", { name: /^Visibilité/ }).selectOption({ label: "Public" });

  // A reply awaited before the letter was even sent: refused beside its field, the rest kept.
  await form.getByLabel("Réponse attendue le").fill("2015-04-01");
  await form.getByRole("button", { name: "Enregistrer le courrier" }).click();
  await expect(form.getByRole("alert")).toContainText("Le formulaire contient des erreurs");
  await expect(form.getByText("La réponse ne peut pas être attendue avant la date du courrier.")).toBeVisible();
  await expect(form.getByLabel("Objet (français)")).toHaveValue(subject);
  await expect(form.getByRole("group", { name: "Destinataire 1" }).getByLabel("Personne destinataire (fonction occupée à la date du courrier)")).toHaveValue(
    /.+/,
  );
  expect(await testDb().letter.count({ where: { subjectFr: subject } })).toBe(0);

  await form.getByLabel("Réponse attendue le").fill("2015-05-21");
  await form.getByRole("button", { name: "Enregistrer le courrier" }).click();

  await expect(page).toHaveURL(/\/letters\/[^/?]+\?done=created/);
  await expect(page.getByRole("status").filter({ hasText: "Le courrier est enregistré." })).toBeVisible();
  await expect(page.getByRole("heading", { name: subject, level: 1 })).toBeVisible();
  await expect(page.getByText("Bernard Cazeneuve (Ministre de l’Intérieur), Ministère de l’Intérieur")).toBeVisible();
  await expect(page.getByText("21 avril 2015")).toBeVisible();

  const saved = await testDb().letter.findFirstOrThrow({
    where: { subjectFr: subject },
    select: { direction: true, recipients: { select: { position: { select: { title: true, person: { select: { lastName: true } } } } } }, demands: true },
  });
  expect(saved.direction).toBe("SENT");
  expect(saved.recipients).toEqual([{ position: { title: "Ministre de l’Intérieur", person: { lastName: "Cazeneuve" } } }]);
  expect(saved.demands).toHaveLength(1);
});

test("the coordinator records the statement of 10 May 2018 with its French and English titles", async ({ page, asCoordinator: _ }) => {
  const mark = suffix();
  const titleFr = `Quand pourrons-nous célébrer l’abolition de la traite des êtres humains et des formes contemporaines d’esclavage ? (${mark})`;
  const titleEn = `When can we celebrate the abolition of trafficking in human beings and contemporary forms of slavery? (${mark})`;
  await page.goto("/statements");
  await page.getByRole("link", { name: "Nouvelle prise de position" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Enregistrer la prise de position" }) });
  await form.getByLabel(/^Date/).fill("2018-05-10");
  await form.getByLabel("Titre (français)").fill(titleFr);
  await form.getByLabel("Titre (anglais)").fill(titleEn);
  await form.getByLabel("Texte (français)").fill("Déclaration du Collectif « Ensemble contre la traite des êtres humains » du **10 mai 2018**.");
  await form.getByLabel("Texte (anglais)").fill("Statement of **10 May 2018** by the Collective “Together against trafficking in human beings”.");
  await form.getByLabel("Visibilité").selectOption({ label: "Public" });
  await form.getByRole("button", { name: "Enregistrer la prise de position" }).click();

  await expect(page).toHaveURL(/\/statements\/[^/?]+\?done=created/);
  await expect(page.getByRole("heading", { name: titleFr, level: 1 })).toBeVisible();
  await expect(page.locator("strong", { hasText: "10 mai 2018" })).toBeVisible();

  await page.getByRole("button", { name: "Read in English" }).click();
  await expect(page.getByRole("heading", { name: titleEn, level: 1 })).toBeVisible();
  await expect(page.locator("strong", { hasText: "10 May 2018" })).toBeVisible();
  await page.getByRole("button", { name: "Lire en français" }).click();
  await expect(page.getByRole("heading", { name: titleFr, level: 1 })).toBeVisible();
});

test("two coordinators edit the same statement: the second is told, sees the first one's change, keeps its input", async ({ page, context, asCoordinator: _ }) => {
  const statement = await testDb().statement.create({
    data: { date: new Date("2018-05-10"), titleFr: `Déclaration à corriger ${suffix()}`, textFr: "Texte.", visibility: "MEMBERS" },
    select: { id: true },
  });
  await page.goto(`/statements/${statement.id}/edit`);
  const stale = await context.newPage();
  await stale.goto(`/statements/${statement.id}/edit`);

  await page.getByLabel("Projet de loi ou politique concerné").fill("Projet de loi asile et immigration (2018)");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Les modifications sont enregistrées." })).toBeVisible();

  await stale.getByLabel("Titre (anglais)").fill("My English title");
  await stale.getByRole("button", { name: "Enregistrer les modifications" }).click();
  const form = stale.locator("form").filter({ has: stale.getByRole("button", { name: "Enregistrer les modifications" }) });
  await expect(form.getByRole("alert")).toContainText("Quelqu'un a enregistré cette fiche pendant que vous la modifiiez.");
  await expect(form.getByRole("alert")).toContainText("Projet de loi asile et immigration (2018)");
  await expect(stale.getByLabel("Titre (anglais)")).toHaveValue("My English title");
  // Saving again applies the input on top of the saved version.
  await stale.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(stale.getByRole("status").filter({ hasText: "Les modifications sont enregistrées." })).toBeVisible();
  expect(await testDb().statement.findUniqueOrThrow({ where: { id: statement.id }, select: { titleEn: true, version: true } })).toEqual({
    titleEn: "My English title",
    version: 3,
  });
});

test("members and observers are refused the letter and statement forms", async ({ page, asMember: _ }) => {
  for (const path of ["/letters/new", "/statements/new"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  await page.goto("/letters");
  await expect(page.getByRole("link", { name: "Nouveau courrier" })).toHaveCount(0);
});
