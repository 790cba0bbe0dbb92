// The members' workspace stories: scenario 5 (a member closes her action; the coordinator sees
// it), an observer who may only read, and scenario 2 (a demand's whole life on its page).
import { DEMO, expect, signInAs, test, testDb } from "./fixtures";

const WEBSITE_ACTION = "Transmettre le contact public, le rapport d’activité 2013";
const OICEM = "Organisation internationale contre l’esclavage moderne";

async function oicemOverdueCount(page: import("@playwright/test").Page): Promise<string> {
  const panel = page.getByRole("region", { name: "Actions en retard par association" });
  const row = panel.getByRole("listitem").filter({ hasText: OICEM });
  return (await row.count()) === 0 ? "0" : (await row.innerText()).replace(/\D+/g, " ").trim();
}

test.describe("scenario 5: a member checks her actions", () => {
  test("the OICEM member marks her action done with a note; the coordinator's dashboard shows it", async ({ page, browser, baseURL, asMember: _ }) => {
    const coordinator = await browser.newContext();
    await signInAs(coordinator, DEMO.coordinator, baseURL!);
    const coordinatorPage = await coordinator.newPage();
    await coordinatorPage.goto("/dashboard");
    const overdueBefore = Number(await oicemOverdueCount(coordinatorPage));
    expect(overdueBefore).toBeGreaterThanOrEqual(1);

    await page.goto("/dashboard");
    const mine = page.getByRole("region", { name: "Mes actions et celles de mon association" });
    await expect(mine.getByTestId("dashboard-action").filter({ hasText: "Pour moi" }).first()).toBeVisible();

    // Her list opens on her actions and her organisation's.
    await page.goto("/actions");
    await expect(page.getByRole("link", { name: "Les miennes et celles de mon association" })).toHaveAttribute("aria-current", "page");
    const rows = page.getByRole("row").filter({ hasText: "OICEM" });
    await expect(rows.first()).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Secours Catholique" })).toHaveCount(0);

    // Her view holds her organisation's actions only: no organisation to choose. All of them can
    // be narrowed to one organisation, and the list keeps the choice in its select.
    await expect(page.getByLabel("Association")).toHaveCount(0);
    await page.getByRole("link", { name: "Toutes", exact: true }).click();
    await expect(page.getByRole("row").filter({ hasText: "Secours Catholique" }).first()).toBeVisible();
    await page.getByLabel("Association").selectOption({ label: `${OICEM} (OICEM)` });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/organisation=/);
    await expect(page.getByLabel("Association").locator("option:checked")).toHaveText(`${OICEM} (OICEM)`);
    await expect(rows.first()).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Secours Catholique" })).toHaveCount(0);

    // The table's links are plain links that the table navigates in the browser, as next/link
    // would: the page is not loaded again (the mark set on this window survives).
    await page.evaluate(() => Object.assign(window, { stayedOnThisWindow: true }));
    await page.getByRole("link", { name: new RegExp(WEBSITE_ACTION) }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(WEBSITE_ACTION);
    expect(await page.evaluate(() => (window as { stayedOnThisWindow?: boolean }).stayedOnThisWindow)).toBe(true);
    await expect(page.getByTestId("action-status")).toHaveText("À faire");

    // Done without a note is refused beside the field, nothing saved.
    await page.getByLabel("Nouveau statut").selectOption({ label: "Faite" });
    await page.getByRole("button", { name: "Enregistrer le statut" }).click();
    await expect(page.getByText("Indiquez une note : ce qui a été fait, ou pourquoi l'action est abandonnée.")).toBeVisible();
    await expect(page.getByTestId("action-status")).toHaveText("À faire");

    await page.getByLabel("Note", { exact: true }).fill("Contact public, rapport 2013 et présentation du réseau envoyés le 3 novembre 2014.");
    await page.getByRole("button", { name: "Enregistrer le statut" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Le statut est enregistré." })).toBeVisible();
    await expect(page.getByTestId("action-status")).toHaveText("Faite");
    const history = page.getByTestId("action-history");
    await expect(history).toContainText("À faire → Faite");
    await expect(history).toContainText("par Louise Démo");
    await expect(history).toContainText("rapport 2013 et présentation du réseau envoyés le 3 novembre 2014.");

    // A comment far too long gets a clear message, and the input stays.
    await page.getByLabel("Votre commentaire").fill("x".repeat(100_000));
    await page.getByRole("button", { name: "Publier le commentaire" }).click();
    await expect(page.getByText("Ce commentaire est trop long : 5 000 caractères au plus.")).toBeVisible();
    await page.getByLabel("Votre commentaire").fill("Le lien vers notre site fonctionne en français et en anglais.");
    await page.getByRole("button", { name: "Publier le commentaire" }).click();
    await expect(page.getByTestId("action-comments")).toContainText("Le lien vers notre site fonctionne");

    await coordinatorPage.reload();
    const done = coordinatorPage.getByTestId("recently-done").filter({ hasText: WEBSITE_ACTION });
    await expect(done).toContainText(OICEM);
    await expect(done).toContainText("Louise Démo");
    await expect(done).toContainText("envoyés le 3 novembre 2014");
    expect(Number(await oicemOverdueCount(coordinatorPage))).toBe(overdueBefore - 1);
    await done.getByRole("link").click();
    await expect(coordinatorPage.getByTestId("action-status")).toHaveText("Faite");
    await expect(coordinatorPage.getByTestId("action-history")).toContainText("envoyés le 3 novembre 2014");
    await coordinator.close();
  });

  test("an observer reads an action but is offered no control to change it or comment", async ({ page, asObserver: _ }) => {
    const action = await testDb().action.findFirstOrThrow({ where: { assigneeOrganisation: { acronym: "OICEM" }, visibility: "MEMBERS" }, select: { id: true } });
    await page.goto(`/actions/${action.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Vous pouvez lire cette action")).toBeVisible();
    await expect(page.getByRole("button", { name: "Enregistrer le statut" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Publier le commentaire" })).toHaveCount(0);
    await expect(page.getByLabel("Nouveau statut")).toHaveCount(0);
  });
});

test.describe("scenario 2: a demand's whole life", () => {
  test("the instruction to prefects reads in order, with its commitment kept 139 days late", async ({ page, asMember: _ }) => {
    const demand = await testDb().demand.findFirstOrThrow({ where: { titleFr: { startsWith: "Une instruction aux préfets" } }, select: { id: true } });
    await page.goto(`/demands/${demand.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Une instruction aux préfets");
    const history = page.getByRole("table", { name: "Les étapes de la revendication, dans l'ordre" });
    const dates = await history.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.firstElementChild?.textContent?.trim()));
    expect(dates).toEqual(["23 septembre 2014", "23 septembre 2014", "21 avril 2015", "19 mai 2015", "22 juillet 2015"]);
    const rows = history.locator("tbody tr");
    await expect(rows.nth(0)).toContainText("Portée");
    await expect(rows.nth(1)).toContainText("Promise");
    await expect(rows.nth(1)).toContainText("avant fin 2014");
    await expect(rows.nth(2)).toContainText("Lettre de rappel");
    await expect(rows.nth(3)).toContainText("Satisfaite");
    await expect(rows.nth(3)).toContainText("Instruction NOR INTV1501995N du 19 mai 2015");
    await expect(rows.nth(4)).toContainText("22 juillet 2015");

    const commitments = page.getByRole("region", { name: "Engagements" });
    await expect(commitments).toContainText("Tenu avec 139 jours de retard (environ 5 mois)");
    await expect(commitments).toContainText("31 décembre 2014");
    await expect(commitments).toContainText("19 mai 2015");
    await expect(commitments).toContainText("Sodini");
    await expect(page.getByTestId("demand-open-for")).toHaveText("7 mois et 26 jours (jusqu'au 19 mai 2015, où elle a été satisfaite)");
    // A member reads; recording is the coordination's.
    await expect(page.getByRole("link", { name: "Enregistrer un changement de statut" })).toHaveCount(0);
  });

  test("the coordinator records a status change from a meeting page, the meeting preselected", async ({ page, asCoordinator: _ }) => {
    const demand = await testDb().demand.findFirstOrThrow({ where: { titleFr: { startsWith: "Connaître l’état de mise en œuvre du plan" } }, select: { id: true } });
    const meeting = await testDb().meeting.findFirstOrThrow({ where: { demands: { some: { demandId: demand.id } } }, select: { id: true } });
    await page.goto(`/meetings/${meeting.id}`);
    await page
      .getByRole("listitem")
      .filter({ hasText: "Connaître l’état de mise en œuvre du plan" })
      .getByRole("link", { name: "Enregistrer un changement de statut" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Enregistrer un changement de statut" })).toBeVisible();
    await expect(page.getByLabel("Source : rencontre")).toHaveValue(meeting.id);
    await page.getByLabel("Date").fill("2014-11-20");
    await page.getByLabel("Nouveau statut").selectOption({ label: "Entendue" });
    // Two sources for one step are refused beside the field, the input kept.
    await page.getByLabel("Ou source extérieure (texte)").fill("Courriel de la MIPROF");
    await page.getByRole("button", { name: "Enregistrer un changement de statut" }).click();
    await expect(page.getByText("Une étape a une seule source")).toBeVisible();
    await expect(page.getByLabel("Ou source extérieure (texte)")).toHaveValue("Courriel de la MIPROF");
    await page.getByLabel("Ou source extérieure (texte)").fill("");
    await page.getByLabel("Note (français)").fill("La MIPROF accepte de rencontrer le Collectif.");
    await page.getByRole("button", { name: "Enregistrer un changement de statut" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Le changement de statut est enregistré." })).toBeVisible();
    await expect(page.getByRole("table", { name: "Les étapes de la revendication, dans l'ordre" })).toContainText("La MIPROF accepte de rencontrer le Collectif.");
    await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Entendue");
  });
});

test.describe("scenario 3: the plenary of 29 September 2014 and its follow-up actions", () => {
  test("a member goes from the plenary's page to all its actions in the list, her association's and the others'", async ({ page, asMember: _ }) => {
    // 29 September 2014 in Paris.
    const plenary = await testDb().meeting.findFirstOrThrow({
      where: { titleFr: "Réunion plénière du Collectif", startsAt: { gte: new Date("2014-09-28T22:00:00Z"), lt: new Date("2014-09-29T22:00:00Z") } },
      select: { id: true },
    });
    const decided = await testDb().action.count({ where: { meetingId: plenary.id, visibility: { in: ["PUBLIC", "MEMBERS"] } } });
    await page.goto(`/meetings/${plenary.id}`);
    const section = page.getByRole("region", { name: "Actions décidées" });
    await section.getByRole("link", { name: "Voir ces actions dans la liste des actions à suivre" }).click();
    await expect(page).toHaveURL(new RegExp(`/actions\\?view=all&meeting=${plenary.id}$`));
    await expect(page.getByText("Actions décidées lors de : Réunion plénière du Collectif")).toBeVisible();
    await expect(page.getByRole("link", { name: "Toutes", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText(`${decided} résultats`)).toBeVisible();
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    for (const meeting of await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ""))) expect(meeting).toContain("Réunion plénière du Collectif");
    await expect(rows.filter({ hasText: "OICEM" }).first()).toBeVisible();
    await expect(rows.filter({ hasText: "Secours Catholique" }).first()).toBeVisible();
  });
});

test.describe("the coordinator's dashboard", () => {
  test("an organisation's count of late actions leads to those actions in the list", async ({ page, asCoordinator: _ }) => {
    await page.goto("/dashboard");
    const panel = page.getByRole("region", { name: "Actions en retard par association" });
    const row = panel.getByRole("listitem").filter({ hasText: OICEM });
    const count = Number((await row.innerText()).replace(/\D+/g, " ").trim());
    expect(count).toBeGreaterThanOrEqual(1);
    await row.getByRole("link", { name: OICEM }).click();
    await expect(page).toHaveURL(/\/actions\?view=all&organisation=[^&]+&overdue=1$/);
    await expect(page.getByLabel("Association").locator("option:checked")).toHaveText(`${OICEM} (OICEM)`);
    await expect(page.getByLabel("En retard (à faire ou en cours, échéance passée)")).toBeChecked();
    await expect(page.getByText(count === 1 ? "1 résultat" : `${count} résultats`)).toBeVisible();
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(Math.min(count, 25));
    for (const text of await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ""))) {
      expect(text).toContain("OICEM");
      expect(text).toMatch(/À faire|En cours/);
    }
  });
});

test.describe("a member's week from the dashboard", () => {
  const tag = `semaine-${Date.now().toString(36)}`;

  test("her late actions come first, the next meetings mark those her association attends, and validated reports lead to their meeting", async ({ page, asMember: _ }) => {
    const db = testDb();
    const oicem = await db.organisation.findFirstOrThrow({ where: { acronym: "OICEM" }, select: { id: true } });
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000);
    const attended = await db.meeting.create({
      data: { titleFr: `Rencontre avec OICEM ${tag}`, kind: "GOVERNMENT", startsAt: soon(1), visibility: "MEMBERS", delegation: { create: { organisationId: oicem.id } } },
      select: { id: true },
    });
    await db.meeting.create({ data: { titleFr: `Rencontre sans OICEM ${tag}`, kind: "GOVERNMENT", startsAt: soon(2), visibility: "MEMBERS" } });
    const reported = await db.meeting.create({
      data: { titleFr: `Compte-rendu validé ${tag}`, kind: "PLENARY", startsAt: new Date("2014-11-07T14:00:00Z"), visibility: "MEMBERS", report: "Points abordés.", reportStatus: "VALIDATED", reportValidatedOn: new Date() },
      select: { id: true },
    });

    await page.goto("/dashboard");
    // Her actions and her association's, in due order: the late ones first.
    const actions = page.getByRole("region", { name: "Mes actions et celles de mon association" }).getByTestId("dashboard-action");
    await expect(actions.first()).toBeVisible();
    const late = await actions.evaluateAll((items) => items.map((item) => (item.textContent ?? "").includes("En retard")));
    expect(late[0]).toBe(true);
    const firstOnTime = late.indexOf(false);
    if (firstOnTime >= 0) expect(late.slice(firstOnTime), "no late action after one that is not").not.toContain(true);

    const meetings = page.getByRole("region", { name: "Prochaines rencontres" });
    const withUs = meetings.getByRole("listitem").filter({ hasText: `Rencontre avec OICEM ${tag}` });
    await expect(withUs).toContainText("Mon association fait partie de la délégation");
    const withoutUs = meetings.getByRole("listitem").filter({ hasText: `Rencontre sans OICEM ${tag}` });
    await expect(withoutUs).toBeVisible();
    await expect(withoutUs).not.toContainText("Mon association fait partie de la délégation");

    await page.getByRole("region", { name: "Comptes-rendus validés récemment" }).getByRole("link", { name: `Compte-rendu validé ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/meetings/${reported.id}$`));
    await page.goto("/dashboard");
    await withUs.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/meetings/${attended.id}$`));
  });

  test("the coordinator sees the commitments and letters past their date, each leading to its record", async ({ page, asCoordinator: _ }) => {
    const db = testDb();
    const demand = await db.demand.findFirstOrThrow({ where: { titleFr: { startsWith: "Une instruction aux préfets" } }, select: { id: true } });
    // Long past, so that they come first in panels ordered by date.
    await db.commitment.create({ data: { demandId: demand.id, descriptionFr: `Engagement en retard ${tag}`, dueOn: new Date("1999-06-01"), status: "PENDING" } });
    const letter = await db.letter.create({
      data: { direction: "SENT", date: new Date("1999-05-01"), subjectFr: `Courrier sans réponse ${tag}`, replyExpectedBy: new Date("1999-06-01"), visibility: "MEMBERS" },
      select: { id: true },
    });

    await page.goto("/dashboard");
    const commitments = page.getByRole("region", { name: "Engagements en retard" });
    await commitments.getByRole("link", { name: `Engagement en retard ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/demands/${demand.id}$`));
    await page.goto("/dashboard");
    const letters = page.getByRole("region", { name: "Courriers sans réponse après la date attendue" });
    await letters.getByRole("link", { name: `Courrier sans réponse ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/letters/${letter.id}$`));
  });
});
