// The coordination follows a demand's life up: a new demand raised at a meeting (its first step,
// its edit, members reading it), the board of demands by status, a pending promise marked kept
// (the demand's page says how late), and a step corrected from the demand's history (its public
// milestone follows on the public site at once). The demand and theme forms have no axe violations.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { entryKey } from "../../lib/public/timeline-view";
import { demands as seededDemands } from "../../prisma/seed/demands";
import { DEMO, expect, signInAs, test, testDb } from "./fixtures";

const run = randomBytes(4).toString("hex");
const day = (value: string) => new Date(`${value}T00:00:00Z`);

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("a new demand", () => {
  const title = "Former les travailleurs sociaux au repérage des victimes";
  const removeIt = () => testDb().demand.deleteMany({ where: { titleFr: title } });
  test.beforeAll(removeIt);
  test.afterAll(removeIt);

  test("the coordinator records the demand raised at the meeting of 23 September 2014 with the Minister of the Interior, finds its first step on its page, translates its title; a member then finds it in the list", async ({
    page,
    browser,
    baseURL,
    asCoordinator: _,
  }) => {
    // Scenario 1: the meeting, seeded, leads to a new demand raised there.
    const meeting = await testDb().meeting.findFirstOrThrow({ where: { titleFr: "Rencontre avec M. Bernard Cazeneuve, ministre de l’Intérieur" }, select: { id: true } });
    await page.goto(`/meetings/${meeting.id}`);
    await page.getByRole("link", { name: "Nouvelle revendication portée ici" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nouvelle revendication" })).toBeVisible();
    await expect(page.getByLabel("Source : rencontre")).toHaveValue(meeting.id);

    await page.getByLabel("Titre (français)").fill(title);
    await page.getByLabel("Portée le").fill("2014-09-23");
    await page.getByRole("checkbox", { name: "Identification des victimes" }).check();
    await page.getByRole("checkbox", { name: "Ministère de l’Intérieur", exact: true }).check();
    // Without its note, the first step is refused beside the field; what was typed and ticked stays.
    await page.getByRole("button", { name: "Créer la revendication" }).click();
    await expect(page.locator("#noteFr-error")).toHaveText("Ce champ est obligatoire.");
    await expect(page.getByLabel("Titre (français)")).toHaveValue(title);
    await expect(page.getByRole("checkbox", { name: "Identification des victimes" })).toBeChecked();
    await expect(page.getByLabel("Source : rencontre")).toHaveValue(meeting.id);
    await page.getByLabel("Note (français)").fill("Le Collectif demande au ministre que les travailleurs sociaux soient formés au repérage des victimes de traite.");
    await page.getByRole("button", { name: "Créer la revendication" }).click();

    await expect(page.getByRole("status").filter({ hasText: "La revendication est enregistrée, avec sa première étape." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const history = page.getByRole("table", { name: "Les étapes de la revendication, dans l'ordre" });
    await expect(history.getByRole("row")).toHaveCount(2);
    await expect(history).toContainText("23 septembre 2014");
    await expect(history).toContainText("Portée");
    await expect(history.getByRole("link", { name: "Rencontre avec M. Bernard Cazeneuve, ministre de l’Intérieur" })).toHaveAttribute("href", `/meetings/${meeting.id}`);
    await expect(page.getByText("Identification des victimes")).toBeVisible();
    await expect(page.getByRole("link", { name: "Ministère de l’Intérieur" })).toBeVisible();
    const demand = await testDb().demand.findFirstOrThrow({ where: { titleFr: title }, select: { id: true, status: true, statusDate: true, visibility: true } });
    expect(demand).toMatchObject({ status: "RAISED", statusDate: day("2014-09-23"), visibility: "MEMBERS" });
    await expect(page).toHaveURL(new RegExp(`/demands/${demand.id}\\?done=created$`));

    // Its English title, from its edit form.
    await page.getByRole("link", { name: "Modifier la revendication" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Modifier la revendication" })).toBeVisible();
    await expect(page.getByLabel("Titre (français)")).toHaveValue(title);
    await expect(page.getByRole("checkbox", { name: "Ministère de l’Intérieur", exact: true })).toBeChecked();
    await page.getByLabel("Titre (anglais)").fill("Training social workers to identify victims");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "La revendication est modifiée." })).toBeVisible();
    await expect(history.getByRole("row")).toHaveCount(2);
    expect(await testDb().auditEntry.count({ where: { entityType: "Demand", entityId: demand.id, action: "update" } })).toBe(1);

    // The meeting's page lists it among the demands raised there.
    await page.goto(`/meetings/${meeting.id}`);
    await expect(page.getByRole("region", { name: "Revendications portées" }).getByRole("link", { name: title })).toHaveAttribute("href", `/demands/${demand.id}`);

    // A member reads it in the list, with no way to create or edit one.
    const member = await browser.newContext();
    await signInAs(member, DEMO.member, baseURL!);
    const memberPage = await member.newPage();
    await memberPage.goto(`/demands?q=${encodeURIComponent("travailleurs sociaux au repérage")}`);
    await expect(memberPage.getByRole("link", { name: title })).toHaveAttribute("href", `/demands/${demand.id}`);
    await expect(memberPage.getByRole("link", { name: "Nouvelle revendication" })).toHaveCount(0);
    await expect(memberPage.getByRole("link", { name: "Thèmes" })).toHaveCount(0);
    await memberPage.getByRole("link", { name: title }).click();
    await expect(memberPage.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(memberPage.getByRole("link", { name: "Modifier la revendication" })).toHaveCount(0);
    await member.close();
  });

  test("the new demand's form and the themes page have no axe violations, errors shown included", async ({ page, asCoordinator: _ }) => {
    await page.goto("/demands");
    await page.getByRole("link", { name: "Nouvelle revendication" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nouvelle revendication" })).toBeVisible();
    await expectNoViolations(page);
    await page.getByLabel("Portée le").fill(`${new Date().getFullYear() + 1}-01-01`);
    await page.getByLabel("Ou source extérieure (texte)").fill("Un courriel au cabinet");
    await page.getByLabel("Source : courrier").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Créer la revendication" }).click();
    await expect(page.locator("#titleFr-error")).toHaveText("Ce champ est obligatoire.");
    await expect(page.locator("#raisedOn-error")).toHaveText("Une revendication ne peut pas avoir été portée un jour à venir.");
    await expect(page.locator("#sourceMeetingId-error")).toContainText("Une étape a une seule source");
    await expect(page.locator("#noteFr-error")).toHaveText("Ce champ est obligatoire.");
    await expectNoViolations(page);

    await page.goto("/demands");
    await page.getByRole("link", { name: "Thèmes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thèmes des revendications" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Identification des victimes/ })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Ajouter le thème" }).click();
    await expect(page.locator("#nameFr-error")).toHaveText("Ce champ est obligatoire.");
    await expectNoViolations(page);
  });

  test("the coordinator adds a theme, is told when its name is taken, and renames it", async ({ page, asCoordinator: _ }) => {
    await page.goto("/demands/themes");
    await page.getByLabel("Nom (français)").fill(`Traite des mineurs ${run}`);
    await page.getByLabel("Nom (anglais)").fill(`Trafficking of minors ${run}`);
    await page.getByRole("button", { name: "Ajouter le thème" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Le thème est ajouté." })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(`Traite des mineurs ${run}`) });
    await expect(row).toContainText(`traite-des-mineurs-${run}`);

    await page.getByLabel("Nom (français)").fill(`TRAITE des mineurs — ${run}`);
    await page.getByLabel("Nom (anglais)").fill("Minors");
    await page.getByRole("button", { name: "Ajouter le thème" }).click();
    await expect(page.locator("#nameFr-error")).toContainText("Un autre thème porte déjà ce nom");
    await expect(page.getByLabel("Nom (français)")).toHaveValue(`TRAITE des mineurs — ${run}`);

    await row.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier le thème « Traite des mineurs ${run} »`);
    await page.getByLabel("Nom (anglais)").fill(`Child trafficking ${run}`);
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Le thème est modifié." })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(`Traite des mineurs ${run}`) })).toContainText(`Child trafficking ${run}`);
    await testDb().theme.deleteMany({ where: { slug: `traite-des-mineurs-${run}` } });
  });
});

test.describe("the demands board", () => {
  test("each seeded demand sits in the column of its status and leads to its page", async ({ page, asCoordinator: _ }) => {
    await page.goto("/demands/board");
    await expect(page.getByRole("heading", { level: 1, name: "Revendications par statut" })).toBeVisible();
    // A demand's status is the last step of its history (prisma/seed/demands.ts).
    for (const demand of seededDemands) {
      const status = demand.history.at(-1)!.status;
      const card = page.getByTestId(`board-${status}`).getByRole("link", { name: demand.titleFr, exact: true });
      await expect(card, `${demand.key} in ${status}`).toHaveCount(1);
      const id = (await testDb().demand.findFirstOrThrow({ where: { titleFr: demand.titleFr }, select: { id: true } })).id;
      await expect(card).toHaveAttribute("href", `/demands/${id}`);
    }
    await expect(page.getByTestId("board-MET").getByRole("heading")).toContainText("Satisfaite");
    await page.getByTestId("board-MET").getByRole("link", { name: /^Une instruction aux préfets/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Une instruction aux préfets");
  });
});

test.describe("following up a commitment", () => {
  let demandId: string;
  let commitmentId: string;

  test.beforeAll(async () => {
    const demand = await testDb().demand.create({
      data: {
        titleFr: `Une circulaire à suivre ${run}`,
        raisedOn: day("2014-09-23"),
        status: "PROMISED",
        statusDate: day("2014-09-23"),
        visibility: "MEMBERS",
        statusChanges: { create: { status: "PROMISED", date: day("2014-09-23"), noteFr: "Le ministère s'engage." } },
        commitments: {
          create: {
            descriptionFr: `Diffuser la circulaire avant fin 2014 ${run}`,
            promisedOn: day("2014-09-23"),
            dueOn: day("2014-12-31"),
            status: "PENDING",
            visibility: "MEMBERS",
          },
        },
      },
      select: { id: true, commitments: { select: { id: true } } },
    });
    demandId = demand.id;
    commitmentId = demand.commitments[0].id;
  });

  test.afterAll(async () => {
    await testDb().demand.delete({ where: { id: demandId } });
    await testDb().commitment.deleteMany({ where: { id: commitmentId } });
  });

  test("the coordinator marks a pending promise kept on 19 May 2015: the demand's page says it was kept 139 days late", async ({ page, asCoordinator: _ }) => {
    await page.goto(`/demands/${demandId}`);
    const commitments = page.getByRole("region", { name: "Engagements" });
    await expect(commitments).toContainText("En attente");
    await expect(commitments).toContainText("En retard de");
    await commitments.getByRole("link", { name: `Mettre à jour l'engagement « Diffuser la circulaire avant fin 2014 ${run} »` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mettre à jour un engagement" })).toBeVisible();
    await expect(page.getByLabel("Engagement (français)")).toHaveValue(`Diffuser la circulaire avant fin 2014 ${run}`);
    await expect(page.getByLabel("Échéance")).toHaveValue("2014-12-31");

    // Kept without the day it was kept: refused beside the field, the choice kept.
    await page.getByLabel("État").selectOption({ label: "Tenu" });
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByText("Indiquez le jour où l'engagement a été tenu.")).toBeVisible();
    await expect(page.getByLabel("État")).toHaveValue("KEPT");

    // Someone else saved the commitment meanwhile: told, nothing overwritten; saving again applies on top.
    await testDb().commitment.update({ where: { id: commitmentId }, data: { note: "Relancé par courrier le 21 avril 2015.", version: { increment: 1 } } });
    await page.getByLabel("Tenu le", { exact: true }).fill("2015-05-19");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Quelqu'un a enregistré cette fiche pendant que vous la modifiiez." })).toBeVisible();
    await expect(page.getByTestId("conflict-changes")).toContainText("Relancé par courrier le 21 avril 2015.");
    expect(await testDb().commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { status: true } })).toEqual({ status: "PENDING" });
    await expect(page.getByLabel("Tenu le", { exact: true })).toHaveValue("2015-05-19");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();

    await expect(page.getByRole("status").filter({ hasText: "L'engagement est mis à jour." })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/demands/${demandId}\\?done=commitmentUpdated#commitments$`));
    await expect(commitments).toContainText("Tenu avec 139 jours de retard (environ 5 mois)");
    await expect(commitments).toContainText("19 mai 2015");
    const audit = await testDb().auditEntry.findMany({ where: { entityType: "Commitment", entityId: commitmentId, action: "update" } });
    expect(audit).toHaveLength(1);
  });
});

test.describe("correcting a step of a demand's life", () => {
  let demandId: string;
  let changeId: string;

  test.beforeAll(async () => {
    const demand = await testDb().demand.create({
      data: {
        titleFr: `Une instruction publiée ${run}`,
        titleEn: `An instruction issued ${run}`,
        raisedOn: day("2015-05-19"),
        status: "MET",
        statusDate: day("2015-05-19"),
        visibility: "PUBLIC",
        statusChanges: { create: { status: "MET", date: day("2015-05-19"), noteFr: `Publication de l'instruction ${run}.` } },
      },
      select: { id: true, statusChanges: { select: { id: true } } },
    });
    demandId = demand.id;
    changeId = demand.statusChanges[0].id;
  });

  test.afterAll(async () => {
    await testDb().demand.delete({ where: { id: demandId } });
  });

  test("the coordinator completes a step's English note and makes it a public milestone; the public site follows, and again when it is unmade", async ({
    page,
    request,
    asCoordinator: _,
  }) => {
    const fr = `/timeline/${entryKey("milestone", changeId)}`;
    const en = `/en/timeline/${entryKey("milestone", changeId)}`;
    // The public pages are asked for (and cached) while the step is not a milestone.
    expect((await request.get(fr)).status()).toBe(404);
    expect((await request.get(en)).status()).toBe(404);

    await page.goto(`/demands/${demandId}`);
    const history = page.getByRole("table", { name: "Les étapes de la revendication, dans l'ordre" });
    await history.getByRole("link", { name: "Corriger l'étape du 19 mai 2015" }).click();
    await expect(page).toHaveURL(new RegExp(`/demands/${demandId}/status/${changeId}/edit$`));
    await expect(page.getByRole("heading", { level: 1, name: "Corriger une étape" })).toBeVisible();
    await expect(page.getByLabel("Note (français)")).toHaveValue(`Publication de l'instruction ${run}.`);
    await page.getByLabel("Note (anglais)").fill(`The instruction is issued ${run}.`);
    await page.getByLabel("Ou source extérieure (texte)").fill("Instruction NOR INTV1501995N du 19 mai 2015");
    await page.getByLabel(/^Étape marquante/).check();
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "L'étape est corrigée." })).toBeVisible();
    await expect(history).toContainText("Instruction NOR INTV1501995N du 19 mai 2015");

    const english = await request.get(en);
    expect(english.status()).toBe(200);
    expect(await english.text()).toContain(`The instruction is issued ${run}.`);
    expect((await request.get(fr)).status()).toBe(200);

    // No longer a milestone: off the public site at once.
    await history.getByRole("link", { name: "Corriger l'étape du 19 mai 2015" }).click();
    await page.getByLabel(/^Étape marquante/).uncheck();
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "L'étape est corrigée." })).toBeVisible();
    expect((await request.get(en)).status()).toBe(404);
    expect(await testDb().demandStatusChange.findUniqueOrThrow({ where: { id: changeId }, select: { version: true, milestone: true } })).toEqual({ version: 3, milestone: false });
  });
});
