// The Content-Security-Policy (docs/decisions/015), in a real browser: pages rendered per request
// carry a fresh nonce that reaches every script Next emits; the cached public pages carry the
// hashes of their inline scripts and stay cached; no page allows an inline script it did not send;
// nothing the app does itself — loading, signing in, a client component, a form, a client-side
// link — is refused; and a script injected into a page is.
import type { APIResponse, Page, Response } from "@playwright/test";
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { ensureDemoAccounts } from "./accounts-fixtures";
import { DEMO, DEMO_PASSWORD, expect, SESSION_COOKIE, sessionTokenFor, test } from "./fixtures";

type Violation = { directive: string; blocked: string; sample: string; page: string };

/** Collects, across navigations, the CSP violations the page reports and its console errors. */
async function watch(page: Page): Promise<{ violations: Violation[]; errors: string[] }> {
  const violations: Violation[] = [];
  const errors: string[] = [];
  await page.exposeBinding("__reportViolation", (_source, violation: Violation) => void violations.push(violation));
  // Runs before any script of the page, outside its policy (Playwright injects it).
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportViolation: (v: unknown) => void }).__reportViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        page: location.pathname,
      });
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return { violations, errors };
}

/** The policy a response carries (a browser response's raw headers: headers() may omit it). */
async function policyOf(response: Response | APIResponse | null): Promise<string> {
  const headers = response && "allHeaders" in response ? await response.allHeaders() : response?.headers();
  const policy = headers?.["content-security-policy"];
  expect(policy, "the response has a Content-Security-Policy").toBeTruthy();
  return policy!;
}

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.split(" ")[0] === name) ?? "";

/** What every page's policy must say, whichever form it takes. */
function expectStrict(policy: string) {
  const scripts = directive(policy, "script-src");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(directive(policy, "style-src")).not.toContain("'unsafe-inline'");
  expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  expect(directive(policy, "object-src")).toBe("object-src 'none'");
  expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
  expect(directive(policy, "form-action")).toBe("form-action 'self'");
  // The e2e app is served over http: no upgrade (and no HSTS, see below).
  expect(policy).not.toContain("upgrade-insecure-requests");
}

function nonceOf(policy: string): string {
  const match = /'nonce-([^']+)'/.exec(directive(policy, "script-src"));
  expect(match, `a nonce in ${policy}`).not.toBeNull();
  // 'strict-dynamic' would let Chromium run a script element built from the DOM (the injection below).
  expect(directive(policy, "script-src")).not.toContain("'strict-dynamic'");
  return match![1];
}

function expectHashed(policy: string) {
  const scripts = directive(policy, "script-src");
  expect(scripts).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
  expect(scripts).not.toContain("'nonce-");
  expect(scripts).not.toContain("'strict-dynamic'");
}

/** Every <script> and <style> Next wrote into the page carries the response's nonce. */
function expectNonceOnEveryScript(html: string, nonce: string, where: string) {
  const tags = [...html.matchAll(/<(script|style)\b[^>]*>/gi)].map((match) => match[0]);
  expect(tags.filter((tag) => tag.startsWith("<script")).length, `${where} has scripts`).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, `${where}: ${tag}`).toContain(`nonce="${nonce}"`);
}

/** Injects an inline script and an inline event handler the way an XSS would; reports whether either ran. */
async function injectedScriptRuns(page: Page): Promise<boolean> {
  const marker = `__injected_${randomBytes(4).toString("hex")}`;
  await page.evaluate(async (name) => {
    const script = document.createElement("script");
    script.textContent = `window.${name} = true;`;
    document.body.append(script);
    document.body.insertAdjacentHTML("beforeend", `<img src="data:," alt="" onerror="window.${name} = true">`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }, marker);
  return page.evaluate((name) => Boolean((window as unknown as Record<string, unknown>)[name]), marker);
}

/** A page has hydrated: React attached itself to the document (its scripts ran). */
async function expectHydrated(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__react"))), { message: `${page.url()} hydrated` })
    .toBe(true);
}

test.beforeAll(ensureDemoAccounts);

test.describe("Content-Security-Policy", () => {
  test("the cached public pages carry the hashes of their inline scripts, stay cached, run, and refuse an injected script", async ({ page, request }) => {
    const seen = await watch(page);
    for (const path of ["/", "/timeline", "/en", "/about"]) {
      const response = await page.goto(path);
      expect(response!.status()).toBe(200);
      const policy = await policyOf(response);
      expectStrict(policy);
      expectHashed(policy);
      await expectHydrated(page);
    }
    // An entry page, reached by following a link, and a filter of the timeline (a GET form: the
    // proxy rewrites it to a cached view, which serve.mjs hashes).
    await page.goto("/timeline");
    const entry = page.locator('main a[href^="/timeline/"]:not([href^="/timeline/v/"])').first();
    const entryPath = (await entry.getAttribute("href"))!;
    const [entryResponse] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === entryPath), entry.click()]);
    expect(entryResponse.status()).toBe(200);
    expectHashed(await policyOf(entryResponse));
    await expectHydrated(page);
    await page.goto("/timeline");
    const year = page.getByLabel("Année");
    const firstYear = await year.locator("option").nth(1).getAttribute("value");
    await year.selectOption(firstYear!);
    const [filtered] = await Promise.all([
      // The form sends its empty fields too: the proxy redirects to the canonical query first.
      page.waitForResponse((r) => new URL(r.url()).searchParams.get("year") === firstYear && r.request().resourceType() === "document" && r.status() === 200),
      page.getByRole("button", { name: "Filtrer" }).click(),
    ]);
    expectHashed(await policyOf(filtered));
    await expectHydrated(page);

    expect(await injectedScriptRuns(page)).toBe(false);
    expect(seen.violations.map((v) => v.directive).sort()).toEqual(["script-src-attr", "script-src-elem"]);
    seen.violations.length = 0;
    expect(seen.errors.filter((e) => !e.includes("Content Security Policy"))).toEqual([]);

    // Still served from Next's cache: the proxy did not make them dynamic. Same page, same policy.
    for (const path of ["/", "/timeline", "/en", "/about", entryPath]) {
      const first = await request.get(path);
      const second = await request.get(path);
      expect(second.headers()["x-nextjs-cache"], path).toBe("HIT");
      expect(await policyOf(second)).toBe(await policyOf(first));
      expect(second.headers()["strict-transport-security"]).toBeUndefined();
    }
  });

  test("sign-in, the dashboard, a client-side link, a client component and a form run under a nonce, with nothing refused", async ({ page }) => {
    const seen = await watch(page);
    const login = await page.goto("/login");
    const loginPolicy = await policyOf(login);
    expectStrict(loginPolicy);
    expectNonceOnEveryScript(await login!.text(), nonceOf(loginPolicy), "/login");
    await expectHydrated(page);

    // The sign-in form is a client component calling next-auth.
    await page.getByLabel("Adresse e-mail").fill(DEMO.coordinator);
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    const [dashboard] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === "/dashboard" && r.request().resourceType() === "document"),
      page.getByRole("button", { name: "Se connecter" }).click(),
    ]);
    await expect(page.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
    const dashboardPolicy = await policyOf(dashboard);
    expectStrict(dashboardPolicy);
    expect(nonceOf(dashboardPolicy)).not.toBe(nonceOf(loginPolicy));
    await expectHydrated(page);

    // A client-side link: the document stays (no new page load), the next page comes as a payload.
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    await page.locator("nav").getByRole("link", { name: "Rencontres", exact: true }).first().click();
    await expect(page).toHaveURL(/\/meetings$/);
    await expect(page.getByRole("heading", { name: "Rencontres", level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);

    // A form page with client components: add a row, then submit (a server action).
    const formPage = await page.goto("/meetings/new");
    expectStrict(await policyOf(formPage));
    await expectHydrated(page);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Créer la rencontre" }) });
    const officials = form.getByLabel(/^Officiel présent \d+$/);
    const before = await officials.count();
    await form.getByRole("button", { name: "Ajouter un officiel" }).click();
    await expect(officials).toHaveCount(before + 1);
    const title = `Rencontre sous CSP ${randomBytes(3).toString("hex")}`;
    await form.getByLabel("Titre (français)").fill(title);
    await form.getByLabel("Date et heure de début").fill("2014-09-23T10:00");
    await form.getByRole("button", { name: "Créer la rencontre" }).click();
    await expect(page.getByRole("status")).toHaveText("Rencontre créée.");
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();

    // A publication button on the publishing page (a client component calling a server action).
    await page.goto("/publishing");
    await expectHydrated(page);

    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await injectedScriptRuns(page)).toBe(false);
    expect(seen.violations.map((v) => v.directive).sort()).toEqual(["script-src-attr", "script-src-elem"]);
  });

  test("every page outside the public site gets a fresh nonce on every script and style, from the proxy", async ({ request }) => {
    const manifest = JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>;
    const pages = Object.entries(manifest)
      .filter(([entry]) => entry.endsWith("/page"))
      .map(([, route]) => route)
      .filter((route) => !route.startsWith("/[lang]") && !route.startsWith("/_"));
    expect(pages.length).toBeGreaterThan(40);
    const cookie = `${SESSION_COOKIE}=${await sessionTokenFor(DEMO.coordinator)}`;
    for (const route of pages.sort()) {
      // Unknown ids answer the workspace's not-found page: rendered per request as well.
      const path = route.replace(/\[(?:\.\.\.)?\w+\]/g, "csp-sample");
      const first = await request.get(path, { headers: { cookie }, maxRedirects: 0 });
      expect(first.status(), path).toBeLessThan(500);
      if (first.status() >= 300 && first.status() < 400) continue;
      const policy = await policyOf(first);
      expectStrict(policy);
      const nonce = nonceOf(policy);
      expectNonceOnEveryScript(await first.text(), nonce, path);
      const second = await request.get(path, { headers: { cookie }, maxRedirects: 0 });
      expect(nonceOf(await policyOf(second)), path).not.toBe(nonce);
    }
  });

  test("pages the proxy does not reach still get a hashed policy: an unknown address, next-auth's own page", async ({ page }) => {
    const seen = await watch(page);
    // An address no route matches: Next draws the global not-found page, with its inline scripts.
    const unknown = await page.goto("/no/such/page/here");
    expect(unknown!.status()).toBe(404);
    expectStrict(await policyOf(unknown));
    expectHashed(await policyOf(unknown));
    // A public page that answers notFound() gets that page without its scripts (scripts/lib/not-found-page.mjs).
    const withdrawn = await page.goto("/no-such-page-here");
    expect(withdrawn!.status()).toBe(404);
    expectStrict(await policyOf(withdrawn));
    expect(await withdrawn!.text()).not.toContain("<script");
    const signOut = await page.goto("/api/auth/signout");
    expectStrict(await policyOf(signOut));
    expect(seen.violations).toEqual([]);
  });
});
