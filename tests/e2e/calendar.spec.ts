import { randomBytes } from "node:crypto";
import ICAL from "ical.js";
import { expect, test, testDb } from "./fixtures";
import { ensureDemoAccounts } from "./search-and-calendar-accounts";

const run = randomBytes(4).toString("hex");
const startsAt = new Date(Date.now() + 7 * 86_400_000);
startsAt.setUTCHours(12, 30, 0, 0);

test.beforeAll(async () => {
  await ensureDemoAccounts();
  const db = testDb();
  const meeting = (titleFr: string, visibility: "PUBLIC" | "MEMBERS" | "COORDINATION") =>
    db.meeting.create({ data: { titleFr: `${titleFr} ${run}`, kind: "PLENARY", startsAt, visibility } });
  await meeting("Plénière des membres", "MEMBERS");
  await meeting("Réunion de la coordination", "COORDINATION");
});

test.describe("the calendar feed", () => {
  test("a member creates her link on /calendar, fetches it, then revokes it", async ({ page, asMember, request }) => {
    await page.goto("/calendar");
    await expect(page.getByRole("heading", { name: "Agenda", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: /Créer (mon|un nouveau) lien/ }).click();
    const link = page.getByLabel("Lien de votre agenda");
    await expect(link).toHaveValue(/\/api\/calendar\/[\w-]{43}\.ics$/);
    const url = await link.inputValue();

    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent");
    const summaries = events.map((event) => String(event.getFirstPropertyValue("summary")));
    expect(summaries).toContain(`Plénière des membres ${run}`);
    expect(summaries).not.toContain(`Réunion de la coordination ${run}`);
    const plenary = events.find((event) => event.getFirstPropertyValue("summary") === `Plénière des membres ${run}`)!;
    expect((plenary.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(startsAt.toISOString());

    // Shown once: after a reload the page says a link exists but does not show it.
    await page.reload();
    await expect(page.getByText("Vous avez un lien d'agenda actif.")).toBeVisible();
    await expect(page.getByLabel("Lien de votre agenda")).toHaveCount(0);

    await page.getByRole("button", { name: "Révoquer le lien" }).click();
    await expect(page.getByText("Le lien a été révoqué")).toBeVisible();
    expect((await request.get(url)).status()).toBe(404);
  });

  test("a forged link gets a bare 404", async ({ request }) => {
    const forged = await request.get(`/api/calendar/${randomBytes(32).toString("base64url")}.ics`);
    expect(forged.status()).toBe(404);
    expect(await forged.text()).toBe("Not found");
    expect((await request.get("/api/calendar/not-a-token")).status()).toBe(404);
  });
});
