import { findLink } from "../../lib/mail/outbox";
import { makeAccount, mailsTo } from "./accounts-fixtures";
import { expect, signInAs, test } from "./fixtures";

test.describe("passwords", () => {
  test("a forgotten password: the same answer for anyone, a link by mail, a new password, the old sessions closed", async ({ page, browser, baseURL }) => {
    const person = await makeAccount("MEMBER");
    const elsewhere = await browser.newContext();
    await signInAs(elsewhere, person.email, baseURL!);

    await page.goto("/login");
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await expect(page.getByRole("heading", { name: "Mot de passe oublié" })).toBeVisible();
    await page.getByLabel("Adresse e-mail").fill("nobody-here@example.org");
    await page.getByRole("button", { name: "Envoyer le lien" }).click();
    const answer = page.locator("form").getByRole("status");
    await expect(answer).toHaveText(/Si un compte existe pour cette adresse/);
    const sentence = await answer.textContent();

    await page.goto("/password/forgot");
    await page.getByLabel("Adresse e-mail").fill(person.email);
    await page.getByRole("button", { name: "Envoyer le lien" }).click();
    await expect(page.locator("form").getByRole("status")).toHaveText(sentence!);

    await expect.poll(async () => (await mailsTo(person.email)).length).toBe(1);
    const link = findLink((await mailsTo(person.email))[0], "/password/reset/")!;
    await page.goto(link);
    await page.getByLabel("Nouveau mot de passe").fill("motdepasse");
    await page.getByLabel("Confirmez le mot de passe").fill("motdepasse");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(page.locator("form").getByText("Ce mot de passe est trop courant ; choisissez-en un autre.")).toBeVisible();
    await page.getByLabel("Nouveau mot de passe").fill("un-nouveau-mot-de-passe");
    await page.getByLabel("Confirmez le mot de passe").fill("un-nouveau-mot-de-passe");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(page).toHaveURL(/\/login\?notice=password-reset$/);

    const theirPage = await elsewhere.newPage();
    await theirPage.goto("/dashboard");
    await expect(theirPage).toHaveURL(/\/login/);
    await elsewhere.close();

    await page.getByLabel("Adresse e-mail").fill(person.email);
    await page.getByLabel("Mot de passe").fill("un-nouveau-mot-de-passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);

    await page.goto(link);
    await expect(page.getByRole("alert").filter({ hasText: "Ce lien n'est plus valable" })).toBeVisible();
  });

  test("a signed-in person changes her password from the header link", async ({ page, context, baseURL }) => {
    const person = await makeAccount("OBSERVER");
    await signInAs(context, person.email, baseURL!);
    await page.goto("/dashboard");
    await page.getByRole("link", { name: "Mot de passe" }).click();
    await expect(page.getByRole("heading", { name: "Changer mon mot de passe" })).toBeVisible();
    const form = page.locator("form", { has: page.getByRole("button", { name: "Changer le mot de passe" }) });

    await page.getByLabel("Mot de passe actuel").fill("not-my-password");
    await page.getByLabel("Nouveau mot de passe").fill("un-autre-mot-de-passe");
    await page.getByLabel("Confirmez le mot de passe").fill("un-autre-mot-de-passe");
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
    await expect(form.getByText("Le mot de passe actuel est incorrect.")).toBeVisible();

    await page.getByLabel("Mot de passe actuel").fill("a-long-enough-password");
    await page.getByLabel("Nouveau mot de passe").fill("un-autre-mot-de-passe");
    await page.getByLabel("Confirmez le mot de passe").fill("un-autre-mot-de-passe");
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
    await expect(form.getByRole("status")).toHaveText("Votre mot de passe est changé. Vos autres sessions sont fermées.");
    // This session stays open.
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
  });
});
