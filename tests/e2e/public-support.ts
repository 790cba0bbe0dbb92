// Shared by the public site's end-to-end tests: demo accounts when the demo seed has none yet,
// a way to expire the public cache the way a coordinator does (by publishing), and a crawler that
// reads raw responses, including the React Server Components payload of each page.
import type { APIRequestContext, Browser } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { DEMO, DEMO_PASSWORD, expect, signInAs, testDb } from "./fixtures";

export const newId = () => `c${randomBytes(12).toString("hex")}`;

/** A document row (no stored file) titled and named after `title`, at a visibility. */
export function documentData(visibility: "PUBLIC" | "MEMBERS" | "COORDINATION", title: string) {
  return { id: newId(), titleFr: title, titleEn: title, fileName: `${title}.pdf`, mimeType: "application/pdf", sizeBytes: 496_200, sha256: "0".repeat(64), storageKey: randomBytes(32).toString("base64url"), visibility };
}

/** The demo accounts the fixtures sign in as, created if the demo seed has not made them. */
export async function ensureDemoAccounts(): Promise<void> {
  const db = testDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [email, role, name] of [
    [DEMO.coordinator, "COORDINATOR", "Coordination (démo)"],
    [DEMO.member, "MEMBER", "Membre (démo)"],
    [DEMO.observer, "OBSERVER", "Observateur (démo)"],
  ] as const) {
    await db.user.upsert({ where: { email }, update: {}, create: { email, role, name, passwordHash } });
  }
}

/**
 * Expires every cached public page and feed as a coordinator does: by publishing, on the
 * publishing page, a statement dated far in the future (so it heads its list), then withdrawing it.
 * Tests insert their data straight into the database, which no cache hears about.
 */
export async function refreshPublicCache(browser: Browser, baseURL: string): Promise<void> {
  const db = testDb();
  const title = `Rafraîchissement ${randomBytes(4).toString("hex")}`;
  const statement = await db.statement.create({ data: { id: newId(), date: new Date(Date.UTC(2099, 0, 1)), titleFr: title, textFr: "—" } });
  const context = await browser.newContext();
  try {
    await signInAs(context, DEMO.coordinator, baseURL);
    const page = await context.newPage();
    await page.goto("/publishing?kind=statement");
    const row = page.locator(`tr[data-item="statement-${statement.id}"]`);
    await row.getByRole("button", { name: /^Publier/ }).click();
    await expect(row.getByRole("status")).toBeVisible();
    await row.getByRole("button", { name: /^Retirer/ }).click();
    await expect(row.getByRole("button", { name: /^Publier/ })).toBeVisible();
  } finally {
    await context.close();
  }
}

export type Fetched = { url: string; status: number; body: string; rsc: string };

function linksIn(body: string, base: string, origin: string): string[] {
  const found = new Set<string>();
  const patterns = [/\shref="([^"]+)"/g, /<loc>([^<]+)<\/loc>/g, /\shref='([^']+)'/g, /^URL:(.+)$/gm, /^Sitemap: (.+)$/gm];
  for (const pattern of patterns) {
    for (const match of body.matchAll(pattern)) {
      const raw = match[1].replace(/&amp;/g, "&").trim();
      try {
        const url = new URL(raw, base);
        if (url.origin !== origin) continue;
        url.hash = "";
        found.add(url.pathname + url.search);
      } catch {
        // not a URL
      }
    }
  }
  return [...found];
}

/**
 * Follows every same-origin link from the start addresses, breadth first, up to `limit` pages.
 * Each page is read twice: as a browser gets it, and as the React payload a client navigation gets.
 */
export async function crawl(
  request: APIRequestContext,
  baseURL: string,
  starts: string[],
  options: { limit: number; skip?: (path: string) => boolean },
): Promise<Fetched[]> {
  const origin = new URL(baseURL).origin;
  const queue = [...starts];
  const seen = new Set(queue);
  const fetched: Fetched[] = [];
  while (queue.length && fetched.length < options.limit) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 5, failOnStatusCode: false });
    const body = await response.text();
    const isPage = (response.headers()["content-type"] ?? "").includes("text/html");
    const rsc = isPage ? await (await request.get(path, { headers: { RSC: "1" }, maxRedirects: 5, failOnStatusCode: false })).text() : "";
    fetched.push({ url: path, status: response.status(), body, rsc });
    for (const link of linksIn(body, new URL(path, baseURL).toString(), origin)) {
      if (seen.has(link) || link.startsWith("/_next/") || options.skip?.(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return fetched;
}

/** Where each marker was found (empty when none was). */
export function occurrences(pages: Fetched[], markers: string[]): { marker: string; url: string; where: "html" | "rsc" }[] {
  const hits: { marker: string; url: string; where: "html" | "rsc" }[] = [];
  for (const page of pages) {
    for (const marker of markers) {
      if (page.body.includes(marker)) hits.push({ marker, url: page.url, where: "html" });
      if (page.rsc.includes(marker)) hits.push({ marker, url: page.url, where: "rsc" });
    }
  }
  return hits;
}
