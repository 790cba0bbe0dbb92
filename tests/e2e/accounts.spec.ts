import { ensureDemoAccounts, makeAccount } from "./accounts-fixtures";
import { DEMO, DEMO_PASSWORD, expect, signInAs, test, testDb } from "./fixtures";

test.beforeAll(ensureDemoAccounts);

test.describe("what each demo account may reach", () => {
  test("the coordinator signs in and sees the accounts", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Adresse e-mail").fill(DEMO.coordinator);
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Comptes" }).click();
    await expect(page.getByRole("heading", { name: "Comptes", level: 1 })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: DEMO.member })).toBeVisible();
  });

  for (const who of ["member", "observer"] as const) {
    test(`the ${who} signs in, sees the dashboard, and never the accounts`, async ({ page }) => {
      await page.goto("/login");
      await page.getByLabel("Adresse e-mail").fill(DEMO[who]);
      await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Comptes" })).toHaveCount(0);
      for (const path of ["/accounts", "/accounts/invite"]) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("table")).toHaveCount(0);
        await expect(page.getByText(DEMO.coordinator)).toHaveCount(0);
        await expect(page.getByRole("button", { name: "Envoyer l'invitation" })).toHaveCount(0);
      }
    });
  }

  test("an anonymous visitor asking for the accounts is sent to the sign-in page", async ({ page }) => {
    await page.goto("/accounts");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("administering accounts", () => {
  test("the coordinator deactivates an account: its open session ends and it can no longer sign in", async ({ page, browser, baseURL, asCoordinator: _ }) => {
    const person = await makeAccount("MEMBER");
    const theirs = await browser.newContext();
    await signInAs(theirs, person.email, baseURL!);
    const theirPage = await theirs.newPage();
    await theirPage.goto("/dashboard");
    await expect(theirPage.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();

    await page.goto("/accounts");
    await page.getByRole("link", { name: `Modifier le compte de ${person.name}` }).click();
    await page.getByRole("button", { name: "Désactiver le compte" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Le compte est désactivé et ses sessions sont fermées." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Réactiver le compte" })).toBeVisible();
    await page.goto("/accounts");
    await expect(page.getByRole("row").filter({ hasText: person.email })).toContainText("Désactivé");

    await theirPage.reload();
    await expect(theirPage).toHaveURL(/\/login/);
    await theirPage.getByLabel("Adresse e-mail").fill(person.email);
    await theirPage.getByLabel("Mot de passe").fill("a-long-enough-password");
    await theirPage.getByRole("button", { name: "Se connecter" }).click();
    await expect(theirPage.locator("form").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await theirs.close();
  });

  test("the coordinator makes a member an observer; a second edit from a stale page is refused", async ({ page, context, asCoordinator: _ }) => {
    const person = await makeAccount("MEMBER");
    await page.goto(`/accounts/${person.id}`);
    const stale = await context.newPage();
    await stale.goto(`/accounts/${person.id}`);

    await page.getByLabel("Rôle").selectOption("OBSERVER");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
    await expect(page.getByLabel("Rôle")).toHaveValue("OBSERVER");

    await stale.getByLabel("Rôle").selectOption("COORDINATOR");
    await stale.getByRole("button", { name: "Enregistrer" }).click();
    await expect(stale.locator("form").getByRole("alert")).toHaveText(/Quelqu'un a modifié ce compte pendant que vous le consultiez/);
    await expect(stale.getByLabel("Rôle")).toHaveValue("COORDINATOR");
    expect((await testDb().user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("OBSERVER");
  });

  test("the coordinator cannot deactivate or demote themself", async ({ page, asCoordinator: _ }) => {
    const me = await testDb().user.findUniqueOrThrow({ where: { email: DEMO.coordinator }, select: { id: true } });
    await page.goto(`/accounts/${me.id}`);
    await expect(page.getByRole("button", { name: "Désactiver le compte" })).toHaveCount(0);
    await page.getByLabel("Rôle").selectOption("MEMBER");
    await page.getByLabel("Association").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.locator("form").getByText("Vous ne pouvez pas retirer votre propre rôle de coordination.")).toBeVisible();
    expect((await testDb().user.findUniqueOrThrow({ where: { id: me.id } })).role).toBe("COORDINATOR");
  });
});
