import AxeBuilder from "@axe-core/playwright";
import { createToken } from "../../lib/auth/tokens";
import { anyOrganisation, ensureDemoAccounts } from "./accounts-fixtures";
import { DEMO, expect, signInAs, test, testDb } from "./fixtures";

test.beforeAll(ensureDemoAccounts);

async function expectNoViolations(page: import("@playwright/test").Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the account pages have no axe violations, with their error messages shown", async ({ page, context, baseURL }) => {
  await signInAs(context, DEMO.coordinator, baseURL!);
  const me = await testDb().user.findUniqueOrThrow({ where: { email: DEMO.coordinator }, select: { id: true } });
  for (const path of ["/accounts", `/accounts/${me.id}`, "/account/password"]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
  await page.goto("/accounts/invite");
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText("Indiquez le nom de la personne.")).toBeVisible();
  await expectNoViolations(page);

  await context.clearCookies();
  const { token, tokenHash } = createToken();
  await testDb().invitation.create({
    data: { email: `a11y-${Date.now()}@example.org`, name: "Awa", role: "MEMBER", organisationId: (await anyOrganisation()).id, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  await page.goto(`/invitation/${token}`);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Le mot de passe doit faire au moins 10 caractères.")).toBeVisible();
  await expectNoViolations(page);
  for (const path of ["/password/forgot", "/invitation/not-a-real-token", "/password/reset/not-a-real-token"]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
});
