// The coordination follows a demand's life up: the board of demands by status, a pending promise
// marked kept (the demand's page says how late), and a step corrected from the demand's history
// (its public milestone follows on the public site at once).
import { randomBytes } from "node:crypto";
import { entryKey } from "../../lib/public/timeline-view";
import { demands as seededDemands } from "../../prisma/seed/demands";
import { expect, test, testDb } from "./fixtures";

const run = randomBytes(4).toString("hex");
const day = (value: string) => new Date(`${value}T00:00:00Z`);

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
