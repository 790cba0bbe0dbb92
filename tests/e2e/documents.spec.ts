// Documents attached to a meeting: uploaded through the interface, checked by content, downloaded
// as attachments by those who may see them, and by no one else.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { htmlPage, tinyPdf } from "../support/documents";
import { ensureDemoAccounts } from "./accounts-fixtures";
import { DEMO, expect, signInAs, test, testDb } from "./fixtures";

test.beforeAll(ensureDemoAccounts);

async function makeMeeting(visibility: "PUBLIC" | "MEMBERS" = "MEMBERS", startsAt = new Date("2014-09-23T14:00:00Z")) {
  return testDb().meeting.create({
    data: { titleFr: `Rencontre au ministère de l’Intérieur ${randomBytes(3).toString("hex")}`, startsAt, kind: "GOVERNMENT", status: "HELD", visibility },
    select: { id: true, titleFr: true },
  });
}

function uploadForm(page: Page) {
  return page.locator("form").filter({ has: page.getByRole("button", { name: "Joindre le document" }) });
}

async function openUpload(page: Page) {
  await page.getByText("Joindre un document", { exact: true }).click();
  return uploadForm(page);
}

// A PDF of a few kilobytes, so that its size reads in kB as on the Collective's site.
const reportPdf = () => tinyPdf("Constats et propositions du Collectif ".repeat(80));

/** The coordinator attaches a PDF to a meeting from its page; returns where it is downloaded. */
async function attachPdf(page: Page, meetingId: string, file: { name: string; title: string; visibility: "Public" | "Membres" }): Promise<string> {
  await page.goto(`/meetings/${meetingId}`);
  const form = await openUpload(page);
  await form.getByLabel("Fichier").setInputFiles({ name: file.name, mimeType: "application/pdf", buffer: reportPdf() });
  await form.getByLabel("Titre (français)").fill(file.title);
  await form.getByLabel("Visibilité").selectOption({ label: file.visibility });
  await form.getByRole("button", { name: "Joindre le document" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Le document est joint." })).toBeVisible();
  return (await page.getByRole("link", { name: `Télécharger « ${file.title} »` }).getAttribute("href"))!;
}

test("the coordinator uploads a PDF to a meeting, sees it as on the site, and downloads it as an attachment", async ({ page, asCoordinator: _ }) => {
  const meeting = await makeMeeting();
  await page.goto(`/meetings/${meeting.id}`);
  const form = await openUpload(page);
  await form.getByLabel("Fichier").setInputFiles({ name: "constats-et-propositions.pdf", mimeType: "application/pdf", buffer: reportPdf() });
  await form.getByLabel("Titre (français)").fill("Document de constats et propositions");
  await form.getByLabel("Titre (anglais)").fill("Findings and recommendations");
  await form.getByLabel("Nature du document").selectOption({ label: "Recommandations" });
  await form.getByRole("button", { name: "Joindre le document" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Le document est joint." })).toBeVisible();
  const documents = page.getByRole("region", { name: "Documents" });
  const item = documents.getByRole("listitem").filter({ hasText: "Document de constats et propositions" });
  await expect(item).toContainText(/PDF - \d+(\.\d)? kB/);

  const link = item.getByRole("link", { name: "Télécharger « Document de constats et propositions »" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("constats-et-propositions.pdf");

  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="constats-et-propositions\.pdf"/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(Buffer.from(await response.body())).toEqual(reportPdf());
});

test("a rejected upload: a web page named report.pdf is refused beside the file field, the other inputs kept", async ({ page, asCoordinator: _ }) => {
  const meeting = await makeMeeting();
  await page.goto(`/meetings/${meeting.id}`);
  const form = await openUpload(page);
  await form.getByLabel("Fichier").setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: htmlPage() });
  await form.getByLabel("Titre (français)").fill("Rapport annuel");
  await form.getByLabel("Nature du document").selectOption({ label: "Compte-rendu" });
  await form.getByRole("button", { name: "Joindre le document" }).click();

  await expect(form.getByRole("alert")).toContainText("Le formulaire contient des erreurs");
  const message = form.getByText("Ce fichier n'est ni un PDF, ni un ODT, ni un DOCX, quel que soit son nom.");
  await expect(message).toBeVisible();
  await expect(form.getByLabel("Fichier")).toHaveAttribute("aria-describedby", /file-error/);
  await expect(form.getByLabel("Titre (français)")).toHaveValue("Rapport annuel");
  await expect(form.getByLabel("Nature du document")).toHaveValue("REPORT");
  expect(await testDb().document.count({ where: { meetingId: meeting.id } })).toBe(0);
});

test("a file over 20 MB is refused beside its field without being sent", async ({ page, asCoordinator: _ }) => {
  const meeting = await makeMeeting();
  await page.goto(`/meetings/${meeting.id}`);
  const form = await openUpload(page);
  await form.getByLabel("Fichier").setInputFiles({ name: "trop-lourd.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(30 * 1024 * 1024, 0x20) });
  await form.getByLabel("Titre (français)").fill("Annexes");
  await form.getByRole("button", { name: "Joindre le document" }).click();
  await expect(form.getByText(/Ce fichier dépasse 20 Mo/)).toBeVisible();
  await expect(form.getByLabel("Titre (français)")).toHaveValue("Annexes");
  expect(await testDb().document.count({ where: { meetingId: meeting.id } })).toBe(0);
});

test("a member downloads a members' document; an anonymous visitor gets 404 for it", async ({ page, browser, baseURL, asCoordinator: _ }) => {
  const meeting = await makeMeeting("MEMBERS");
  const href = await attachPdf(page, meeting.id, { name: "note-interne.pdf", title: "Note interne", visibility: "Membres" });

  const member = await browser.newContext();
  await signInAs(member, DEMO.member, baseURL!);
  const allowed = await member.request.get(href);
  expect(allowed.status()).toBe(200);
  expect(allowed.headers()["content-disposition"]).toMatch(/^attachment;/);
  await member.close();

  const anonymous = await browser.newContext();
  const refused = await anonymous.request.get(href);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toContain("Note interne");
  await anonymous.close();
});

test("the coordinator deletes a document: it leaves the page and can no longer be downloaded", async ({ page, asCoordinator: _ }) => {
  const meeting = await makeMeeting();
  await page.goto(`/meetings/${meeting.id}`);
  const form = await openUpload(page);
  await form.getByLabel("Fichier").setInputFiles({ name: "brouillon.pdf", mimeType: "application/pdf", buffer: reportPdf() });
  await form.getByLabel("Titre (français)").fill("Brouillon");
  await form.getByRole("button", { name: "Joindre le document" }).click();
  const link = page.getByRole("link", { name: "Télécharger « Brouillon »" });
  const href = (await link.getAttribute("href"))!;
  await page.getByRole("button", { name: "Supprimer le document « Brouillon »" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Le document est supprimé, avec son fichier." })).toBeVisible();
  await expect(link).toHaveCount(0);
  expect((await page.request.get(href)).status()).toBe(404);
});

test("a public document may be kept only on condition of asking again: a 304 while unchanged, a 404 as soon as it is withdrawn", async ({ page, browser, asCoordinator: _ }) => {
  // Dated far ahead, so that it heads the publishing page's list of meetings.
  const meeting = await makeMeeting("PUBLIC", new Date("2098-09-23T14:00:00Z"));
  const href = await attachPdf(page, meeting.id, { name: "recommandations.pdf", title: "Recommandations publiques", visibility: "Public" });
  // The coordinator, signed in, still gets it outside any cache.
  expect((await page.request.get(href)).headers()["cache-control"]).toBe("private, no-store");

  const anonymous = await browser.newContext();
  const first = await anonymous.request.get(href);
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toBe("public, no-cache");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect(Buffer.from(await first.body())).toEqual(reportPdf());

  const again = await anonymous.request.get(href, { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
  expect(again.headers()["cache-control"]).toBe("public, no-cache");
  expect((await again.body()).length).toBe(0);
  // A reload asks for the whole file again.
  expect((await anonymous.request.get(href, { headers: { "if-none-match": etag, "cache-control": "no-cache" } })).status()).toBe(200);

  // The coordinator withdraws the meeting: its document is gone for the public at once, held copy or not.
  await page.goto("/publishing?kind=meeting");
  const row = page.locator(`tr[data-item="meeting-${meeting.id}"]`);
  await row.getByRole("button", { name: /^Retirer/ }).click();
  await expect(row.getByRole("button", { name: /^Publier/ })).toBeVisible();
  const withdrawn = await anonymous.request.get(href, { headers: { "if-none-match": etag } });
  expect(withdrawn.status()).toBe(404);
  expect(withdrawn.headers()["cache-control"]).toBe("no-store");
  await anonymous.close();
});
