// The coordinator logs meetings through the interface alone; the delegation drafts reports; no edit
// is ever silently lost.
import type { Locator, Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { DEMO, expect, signInAs, test, testDb } from "./fixtures";

const unique = () => randomBytes(3).toString("hex");

/** Picks, in a select, the option whose label contains the text (e.g. a person's name). */
async function pick(select: Locator, text: string) {
  const option = select.locator("option", { hasText: text });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute("value"))!);
}

const meetingForm = (page: Page, submit: string) => page.locator("form", { has: page.getByRole("button", { name: submit }) });

/** A meeting made directly in the database, for the stories that start from an existing one. */
async function makeMeeting(title: string, delegationSlugs: string[] = []) {
  const organisations = await testDb().organisation.findMany({ where: { slug: { in: delegationSlugs } }, select: { id: true } });
  return testDb().meeting.create({
    data: {
      titleFr: title,
      startsAt: new Date("2014-10-23T14:00:00Z"),
      kind: "GOVERNMENT",
      status: "HELD",
      visibility: "MEMBERS",
      place: "Place Beauvau",
      delegation: { create: organisations.map((o) => ({ organisationId: o.id })) },
    },
    select: { id: true },
  });
}

test.describe("the coordinator logs the meeting of 23 September 2014 through the interface (scenario 1)", () => {
  test("the meeting with the minister, his cabinet, the delegation, the letter, the demands, and its follow-up of 23 October", async ({ page, asCoordinator }) => {
    void asCoordinator;
    const suffix = unique();
    const title = `Rencontre avec Bernard Cazeneuve, ministre de l'Intérieur ${suffix}`;
    await page.goto("/meetings");
    await page.getByRole("link", { name: "Nouvelle rencontre" }).click();
    await expect(page.getByRole("heading", { name: "Nouvelle rencontre", level: 1 })).toBeVisible();
    const form = meetingForm(page, "Créer la rencontre");

    await form.getByLabel("Titre (français)").fill(title);
    await form.getByLabel("Statut").selectOption({ label: "Tenue" });
    await form.getByLabel("Visibilité").selectOption({ label: "Public" });
    await form.getByLabel("Date et heure de début").fill("2014-09-23T00:00");
    await form.getByLabel("Heure inconnue (seul le jour est connu)").check();
    await form.getByRole("group", { name: "Institutions", exact: true }).getByRole("checkbox", { name: "Ministère de l’Intérieur" }).check();

    // The minister and five members of his cabinet, each with the title held that day.
    const officials = ["Cazeneuve", "Molina", "Sodini", "Xavier-Rolai", "Mainsard", "Derepas"];
    for (let i = 3; i < officials.length; i++) await form.getByRole("button", { name: "Ajouter un officiel" }).click();
    // "<name> — <title>": other stories add people whose surnames begin the same way.
    for (const [i, name] of officials.entries()) await pick(form.getByLabel(`Officiel présent ${i + 1}`, { exact: true }), `${name} —`);
    // Only positions held on 23 September 2014 are offered: not Bernard Cazeneuve as Prime Minister (2016).
    await expect(form.getByLabel("Officiel présent 1", { exact: true }).locator("option", { hasText: "Bernard Cazeneuve — Premier ministre" })).toHaveCount(0);

    const delegation = form.getByRole("group", { name: "Associations de la délégation" });
    // Exact names: other stories add associations whose names contain the same acronyms.
    for (const organisation of [
      "Secours Catholique – Caritas France",
      "Comité contre l’esclavage moderne (CCEM)",
      "Hors la Rue",
      "Organisation internationale contre l’esclavage moderne (OICEM)",
      "Association Foyer Jorbalan (AFJ)",
      "Amicale du Nid",
    ]) {
      await delegation.getByRole("checkbox", { name: organisation, exact: true }).check();
    }
    await form.getByRole("group", { name: "Personnes de la délégation" }).getByRole("checkbox", { name: "Andréa Couzy" }).check();

    await pick(form.getByLabel("Fait suite au courrier"), "2014-09-23 — Lettre à M. Bernard Cazeneuve");
    await pick(form.getByLabel("Dossier"), "Plan d’action national");

    // One demand picked, one created on the spot.
    const first = form.getByRole("group", { name: "Revendication 1", exact: true });
    await pick(first.getByLabel("Revendication", { exact: true }), "Une instruction aux préfets");
    await first.getByLabel("Ce qui en a été dit").fill("Le ministère s'engage à diffuser le texte avant fin 2014.");
    const created = form.getByRole("group", { name: "Nouvelle revendication 1", exact: true });
    const newDemand = `Un référent traite dans chaque préfecture ${suffix}`;
    await created.getByLabel("Intitulé (français)").fill(newDemand);
    await created.getByRole("checkbox", { name: "Ministère de l’Intérieur" }).check();
    await created.getByLabel("Ce qui en a été dit").fill("Proposé par la délégation.");

    await form.getByLabel("Résumé public (français)").fill("Le Collectif a rencontré Bernard Cazeneuve et cinq membres de son cabinet.");
    await form.getByRole("button", { name: "Créer la rencontre" }).click();

    await expect(page).toHaveURL(/\/meetings\/[^/]+\?done=created$/);
    await expect(page.getByRole("status")).toHaveText("Rencontre créée.");
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    const meetingUrl = page.url().replace(/\?.*$/, "");
    const meetingId = meetingUrl.split("/").pop()!;
    await expect(page.getByText("mardi 23 septembre 2014", { exact: true })).toBeVisible();

    const officialsSection = page.getByRole("region", { name: "Personnalités rencontrées" });
    for (const text of [
      "Bernard Cazeneuve",
      "Ministre de l’Intérieur",
      "Pierre-Antoine Molina",
      "Directeur adjoint du cabinet du ministre de l’Intérieur",
      "Raphaël Sodini",
      "Conseiller immigration et asile (correspondant traite)",
      "Jean-Julien Xavier-Rolai",
      "Conseiller juridique",
      "François Mainsard",
      "Conseiller police",
      "Luc Derepas",
      "Directeur général des étrangers en France",
    ]) {
      await expect(officialsSection.getByText(text, { exact: false }).first()).toBeVisible();
    }
    const delegationSection = page.getByRole("region", { name: "Délégation du Collectif" });
    for (const organisation of ["Secours Catholique", "CCEM", "Hors la Rue", "OICEM", "AFJ", "Amicale du Nid"]) {
      await expect(delegationSection.getByText(organisation).first()).toBeVisible();
    }
    await expect(delegationSection.getByText("Andréa Couzy")).toBeVisible();
    await expect(page.getByRole("link", { name: /Lettre à M\. Bernard Cazeneuve/ })).toBeVisible();
    const demands = page.getByRole("region", { name: "Revendications portées" });
    await expect(demands.getByRole("link", { name: /Une instruction aux préfets/ })).toBeVisible();
    await expect(demands.getByText("Le ministère s'engage à diffuser le texte avant fin 2014.")).toBeVisible();
    await expect(demands.getByRole("link", { name: newDemand })).toBeVisible();

    // The follow-up meeting, planned for 23 October 2014, starts from this one.
    await page.getByRole("link", { name: "Planifier une rencontre de suivi" }).click();
    await expect(page.getByRole("heading", { name: "Planifier une rencontre de suivi", level: 1 })).toBeVisible();
    const followUp = meetingForm(page, "Créer la rencontre");
    await expect(followUp.getByLabel("Fait suite à la rencontre")).toHaveValue(meetingId);
    const followUpTitle = `Rencontre de suivi avec les conseillers du ministre de l’Intérieur ${suffix}`;
    await followUp.getByLabel("Titre (français)").fill(followUpTitle);
    await followUp.getByLabel("Date et heure de début").fill("2014-10-23T16:00");
    await followUp.getByLabel("Lieu").fill("Ministère de l’Intérieur, place Beauvau, Paris");
    for (const [i, name] of ["Sodini", "Xavier-Rolai", "Derepas"].entries()) await pick(followUp.getByLabel(`Officiel présent ${i + 1}`, { exact: true }), `${name} —`);
    await followUp.getByRole("button", { name: "Créer la rencontre" }).click();

    await expect(page.getByRole("heading", { name: followUpTitle, level: 1 })).toBeVisible();
    await expect(page.getByText("jeudi 23 octobre 2014 à 16:00")).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(`Rencontre avec Bernard Cazeneuve, ministre de l'Intérieur ${suffix}`) })).toBeVisible();
    await expect(page.getByRole("region", { name: "Délégation du Collectif" }).getByText("Amicale du Nid")).toBeVisible();
    await page.goto(meetingUrl);
    await expect(page.getByRole("region", { name: "Rencontres de suivi" }).getByRole("link", { name: followUpTitle })).toBeVisible();
  });
});

test.describe("members draft reports", () => {
  test("a member of the delegation drafts the report, a coordinator validates it, then the member can only read it", async ({ browser, baseURL }) => {
    const meeting = await makeMeeting(`Rencontre au compte-rendu ${unique()}`, ["oicem", "secours-catholique"]);
    const memberContext = await browser.newContext();
    await signInAs(memberContext, DEMO.member, baseURL!);
    const member = await memberContext.newPage();
    await member.goto(`/meetings/${meeting.id}`);
    await member.getByRole("link", { name: "Rédiger le compte-rendu" }).click();
    const draft = meetingForm(member, "Enregistrer le compte-rendu");
    await draft.getByLabel("Compte-rendu", { exact: true }).fill("## Points abordés\n\n- **Hébergement** des victimes\n\n<script>window.injected = true</script>");
    await expect(draft.getByLabel("État du compte-rendu")).toHaveCount(0);
    await draft.getByRole("button", { name: "Enregistrer le compte-rendu" }).click();
    await expect(member.getByRole("status")).toHaveText("Compte-rendu enregistré.");

    const coordinatorContext = await browser.newContext();
    await signInAs(coordinatorContext, DEMO.coordinator, baseURL!);
    const coordinator = await coordinatorContext.newPage();
    await coordinator.goto(`/meetings/${meeting.id}/report`);
    const validation = meetingForm(coordinator, "Enregistrer le compte-rendu");
    await expect(validation.getByLabel("Compte-rendu", { exact: true })).toHaveValue(/Hébergement/);
    await validation.getByLabel("État du compte-rendu").selectOption({ label: "Validé" });
    await pick(validation.getByLabel("Validé à la réunion plénière du"), "2014-09-29");
    await validation.getByRole("button", { name: "Enregistrer le compte-rendu" }).click();
    await expect(coordinator.getByTestId("report-validated")).toContainText("29 septembre 2014");

    await member.goto(`/meetings/${meeting.id}/report`);
    await expect(member.getByTestId("report-validated")).toContainText("29 septembre 2014");
    await expect(member.getByRole("textbox", { name: "Compte-rendu" })).toHaveCount(0);
    const rendered = member.getByRole("article", { name: "Compte-rendu" });
    await expect(rendered.getByRole("heading", { name: "Points abordés" })).toBeVisible();
    await expect(rendered.locator("strong", { hasText: "Hébergement" })).toBeVisible();
    expect(await member.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await member.goto(`/meetings/${meeting.id}`);
    await expect(member.getByRole("link", { name: "Rédiger le compte-rendu" })).toHaveCount(0);
    await expect(member.getByRole("region", { name: "Compte-rendu" }).locator("strong", { hasText: "Hébergement" })).toBeVisible();
    await memberContext.close();
    await coordinatorContext.close();
  });
});

test.describe("no edit is lost", () => {
  test("two coordinators edit the same meeting: the second is told who saved and what, keeps her input, and saves it", async ({ browser, baseURL }) => {
    const meeting = await makeMeeting(`Rencontre disputée ${unique()}`);
    const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
    await signInAs(first, DEMO.coordinator, baseURL!);
    await signInAs(second, DEMO.coordinator, baseURL!);
    const a = await first.newPage();
    const b = await second.newPage();
    await a.goto(`/meetings/${meeting.id}/edit`);
    await b.goto(`/meetings/${meeting.id}/edit`);

    const formA = meetingForm(a, "Enregistrer les modifications");
    await formA.getByLabel("Lieu").fill("Salle du premier");
    await formA.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(a.getByRole("status")).toHaveText("Modifications enregistrées.");

    const formB = meetingForm(b, "Enregistrer les modifications");
    const theirTitle = `Titre de la seconde ${unique()}`;
    await formB.getByLabel("Titre (français)").fill(theirTitle);
    await formB.getByLabel("Lieu").fill("Salle de la seconde");
    await formB.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const alert = formB.getByRole("alert");
    await expect(alert).toContainText("Quelqu'un a enregistré cette fiche pendant que vous la modifiiez.");
    await expect(alert).toContainText("Enregistrée entre-temps par Claire Démo.");
    await expect(alert.getByTestId("conflict-changes")).toContainText("Lieu : « Salle du premier »");
    // Her input is still there, to apply again.
    await expect(formB.getByLabel("Titre (français)")).toHaveValue(theirTitle);
    await expect(formB.getByLabel("Lieu")).toHaveValue("Salle de la seconde");
    await formB.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(b.getByRole("heading", { name: theirTitle, level: 1 })).toBeVisible();
    await expect(b.getByText("Salle de la seconde")).toBeVisible();
    await first.close();
    await second.close();
  });
});

test.describe("bad input", () => {
  test("an end before the start, a past due date for a new action, a position not held that day: messages beside the fields, input kept, nothing saved", async ({ page, asCoordinator }) => {
    void asCoordinator;
    const title = `Rencontre mal saisie ${unique()}`;
    await page.goto("/meetings/new");
    const form = meetingForm(page, "Créer la rencontre");
    await form.getByLabel("Titre (français)").fill(title);
    // Chosen on 3 February 2014, when she was Minister of Women's Rights…
    await form.getByLabel("Date et heure de début").fill("2014-02-03T10:00");
    await pick(form.getByLabel("Officiel présent 1", { exact: true }), "Vallaud-Belkacem — Ministre des Droits des femmes");
    // …then the date is corrected to a day she no longer held that position: the choice stays, marked.
    await form.getByLabel("Date et heure de début").fill("2014-09-23T10:00");
    await expect(form.getByLabel("Officiel présent 1", { exact: true }).locator("option:checked")).toContainText("(pas en fonction à cette date)");
    await form.getByLabel("Date et heure de fin").fill("2014-09-23T09:00");
    const action = form.getByRole("group", { name: "Action 1", exact: true });
    await action.getByLabel("Ce qu'il faut faire").fill("Envoyer les exemples");
    await action.getByLabel("Échéance").fill("2014-10-01");
    await form.getByRole("button", { name: "Créer la rencontre" }).click();

    await expect(form.getByRole("alert")).toHaveText("Le formulaire contient des erreurs : corrigez les champs signalés.");
    await expect(form.getByText("La fin ne peut pas précéder le début.")).toBeVisible();
    await expect(form.getByLabel("Date et heure de fin")).toHaveAttribute("aria-invalid", "true");
    await expect(action.getByText("L'échéance d'une nouvelle action ne peut pas être passée.")).toBeVisible();
    await expect(form.getByLabel("Titre (français)")).toHaveValue(title);
    await expect(action.getByLabel("Ce qu'il faut faire")).toHaveValue("Envoyer les exemples");

    // Dates corrected; the official is refused by the server beside her row.
    await form.getByLabel("Date et heure de fin").fill("2014-09-23T11:00");
    await action.getByLabel("Échéance").fill("2099-01-01");
    await form.getByRole("button", { name: "Créer la rencontre" }).click();
    await expect(form.getByText("Cette fonction n'était pas exercée à la date de la rencontre.")).toBeVisible();
    await expect(form.getByLabel("Officiel présent 1", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Titre (français)")).toHaveValue(title);
    expect(await testDb().meeting.count({ where: { titleFr: title } })).toBe(0);
  });
});
