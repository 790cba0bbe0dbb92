import { findLink } from "../../lib/mail/outbox";
import { ensureDemoAccounts, mailsTo } from "./accounts-fixtures";
import { expect, test, testDb } from "./fixtures";

test.beforeAll(ensureDemoAccounts);

test.describe("inviting someone", () => {
  test("the coordinator invites a member, who chooses a password, signs in and sees the dashboard", async ({ page, browser, asCoordinator: _ }) => {
    const email = `awa-${Date.now()}@example.org`;
    await page.goto("/accounts");
    await page.getByRole("link", { name: "Inviter une personne" }).click();
    await expect(page.getByRole("heading", { name: "Inviter une personne" })).toBeVisible();
    const form = page.locator("form", { has: page.getByRole("button", { name: "Envoyer l'invitation" }) });

    // A member without an organisation: refused beside the field, the input kept.
    await page.getByLabel("Nom et prénom").fill("Awa Diallo");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Rôle").selectOption("MEMBER");
    await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await expect(form.getByText("Choisissez l'association de ce membre ou de cet observateur.")).toBeVisible();
    await expect(page.getByLabel("Association")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Nom et prénom")).toHaveValue("Awa Diallo");
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);

    await page.getByLabel("Association").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await expect(form.getByRole("status")).toContainText(`Invitation envoyée à ${email}`);
    const link = await page.getByLabel("Lien d'invitation").inputValue();
    expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{40,}$/);
    // The same link went out by mail.
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(findLink(mails[0], "/invitation/")).toBe(link);

    // The pending invitation is listed.
    await page.goto("/accounts");
    await expect(page.getByRole("region", { name: "Invitations en attente" }).getByText(email)).toBeVisible();

    const invitee = await browser.newContext();
    const invited = await invitee.newPage();
    await invited.goto(link);
    await expect(invited.getByRole("heading", { name: "Bienvenue dans l'espace du Collectif" })).toBeVisible();
    const acceptForm = invited.locator("form", { has: invited.getByRole("button", { name: "Créer mon compte" }) });

    // Too short: its sentence beside the field, nothing created.
    await invited.getByLabel("Mot de passe", { exact: true }).fill("court");
    await invited.getByLabel("Confirmez le mot de passe").fill("court");
    await invited.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(acceptForm.getByText("Le mot de passe doit faire au moins 10 caractères.")).toBeVisible();
    await expect(invited.getByLabel("Mot de passe", { exact: true })).toHaveAttribute("aria-invalid", "true");

    // Mismatched: beside the confirmation.
    await invited.getByLabel("Mot de passe", { exact: true }).fill("la-traite-recule-2025");
    await invited.getByLabel("Confirmez le mot de passe").fill("la-traite-recule-2026");
    await invited.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(acceptForm.getByText("Les deux mots de passe ne sont pas identiques.")).toBeVisible();
    expect(await testDb().user.count({ where: { email } })).toBe(0);

    await invited.getByLabel("Mot de passe", { exact: true }).fill("la-traite-recule-2025");
    await invited.getByLabel("Confirmez le mot de passe").fill("la-traite-recule-2025");
    await invited.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(invited).toHaveURL(/\/login\?notice=account-created$/);
    await expect(invited.getByRole("status")).toContainText("Votre compte est créé.");

    await invited.getByLabel("Adresse e-mail").fill(email);
    await invited.getByLabel("Mot de passe").fill("la-traite-recule-2025");
    await invited.getByRole("button", { name: "Se connecter" }).click();
    await expect(invited).toHaveURL(/\/dashboard$/);
    await expect(invited.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
    await expect(invited.getByRole("banner").getByText("Awa Diallo · Membre")).toBeVisible();

    // The link served once.
    await invited.goto(link);
    await expect(invited.getByRole("alert").filter({ hasText: "Ce lien n'est plus valable" })).toBeVisible();
    await invitee.close();
  });

  test("a revoked invitation's link says it no longer works", async ({ page, browser, asCoordinator: _ }) => {
    const email = `revoked-${Date.now()}@example.org`;
    await page.goto("/accounts/invite");
    await page.getByLabel("Nom et prénom").fill("Jean Retiré");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Rôle").selectOption("COORDINATOR");
    await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
    const link = await page.getByLabel("Lien d'invitation").inputValue();

    await page.goto("/accounts");
    await page.getByRole("button", { name: "Retirer l'invitation de Jean Retiré" }).click();
    await expect(page.getByRole("status").filter({ hasText: "L'invitation est retirée : son lien ne fonctionne plus." })).toBeVisible();
    await expect(page.getByText(email)).toHaveCount(0);

    const stranger = await browser.newContext();
    const visit = await stranger.newPage();
    await visit.goto(link);
    await expect(visit.getByRole("alert").filter({ hasText: "Ce lien n'est plus valable : il a expiré, a déjà servi ou a été retiré." })).toBeVisible();
    await expect(visit.getByRole("button", { name: "Créer mon compte" })).toHaveCount(0);
    await stranger.close();
  });
});
