// The headers that depend on how the app is served, proven on the built app as `npm start` runs it:
// behind https (APP_URL https://…), every response carries HSTS, both forms of the
// Content-Security-Policy ask to upgrade insecure requests, and the session cookie is Secure,
// HttpOnly and SameSite=Lax; on plain http (http://localhost, a development machine), none of
// HSTS, the upgrade or Secure — but HttpOnly and SameSite=Lax all the same.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { builtActions, encodeReply } from "../support/build-manifests";
import { CookieJar, ensureBuilt, startApp, type RunningApp } from "../support/reliability-app";
import { makeUser, PASSWORD } from "./accounts-helpers";

const SECRET = "security-headers-test-secret-long-enough";
const PUBLIC_URL = "https://plaidoyer.example.org";
let https: RunningApp;
let http: RunningApp;

beforeAll(async () => {
  await ensureBuilt();
  const env = { DATABASE_URL: inject("databaseUrl"), AUTH_SECRET: SECRET, PLAIDOYER_DEMO: "false" };
  // Behind a TLS-terminating proxy: the app listens on plain http, its public address is https.
  https = await startApp({ port: 3260, env: { ...env, APP_URL: PUBLIC_URL, NEXTAUTH_URL: PUBLIC_URL } });
  http = await startApp({ port: 3261, env });
}, 900_000);

afterAll(async () => {
  await Promise.all([https?.stop(), http?.stop()]);
});

/** Signs in through next-auth's credentials endpoint; returns the Set-Cookie line of the session. */
async function sessionCookieLine(app: RunningApp, email: string): Promise<string> {
  const jar = new CookieJar();
  const csrf = await fetch(`${app.url}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${app.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const line = response.headers.getSetCookie().find((cookie) => /^(__Secure-)?plaidoyer\.session=/.test(cookie));
  expect(line, `a session cookie among ${response.headers.getSetCookie().join(" | ")}`).toBeDefined();
  return line!;
}

/** Calls the language switch's server action as its form does; returns the Set-Cookie line of the language. */
async function languageCookieLine(app: RunningApp): Promise<string> {
  const id = builtActions().find((action) => action.key === "lib/i18n/actions.ts#setLocale")?.id;
  expect(id, "the language switch's action in the build").toBeDefined();
  const form = new FormData();
  form.set("locale", "en");
  form.set("back", "/login");
  const response = await fetch(`${app.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Next-Action": id!, Origin: app.url, Accept: "text/x-component" },
    body: await encodeReply([form]),
  });
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${LOCALE_COOKIE}=`));
  expect(line, `a language cookie among ${response.headers.getSetCookie().join(" | ")} (status ${response.status})`).toBeDefined();
  return line!;
}

const attributes = (line: string) =>
  line
    .split(";")
    .slice(1)
    .map((part) => part.trim().toLowerCase());

describe("served over https", () => {
  test("every response carries HSTS, and both forms of the policy upgrade insecure requests", async () => {
    for (const path of ["/", "/about", "/login", "/api/health", "/no-such-page"]) {
      const response = await fetch(`${https.url}${path}`, { redirect: "manual" });
      expect(response.headers.get("strict-transport-security"), path).toBe("max-age=63072000; includeSubDomains");
    }
    const cached = (await fetch(`${https.url}/about`)).headers.get("content-security-policy")!;
    expect(cached).toMatch(/script-src 'self' 'sha256-/);
    expect(cached.split("; ")).toContain("upgrade-insecure-requests");
    const perRequest = (await fetch(`${https.url}/login`)).headers.get("content-security-policy")!;
    expect(perRequest).toMatch(/script-src 'self' 'nonce-[^']+';/);
    expect(perRequest.split("; ")).toContain("upgrade-insecure-requests");
  });

  test("the session cookie is Secure (with the __Secure- prefix), HttpOnly and SameSite=Lax", async () => {
    const user = await makeUser("MEMBER");
    const line = await sessionCookieLine(https, user.email);
    expect(line.startsWith("__Secure-plaidoyer.session=")).toBe(true);
    expect(attributes(line)).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
  });

  test("the language cookie is Secure, HttpOnly and SameSite=Lax", async () => {
    const line = await languageCookieLine(https);
    expect(line.startsWith(`${LOCALE_COOKIE}=en`)).toBe(true);
    expect(attributes(line)).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
  });
});

describe("served over plain http", () => {
  test("no HSTS and no upgrade, but the same policy otherwise", async () => {
    for (const path of ["/", "/login", "/api/health"]) {
      expect((await fetch(`${http.url}${path}`)).headers.get("strict-transport-security"), path).toBeNull();
    }
    for (const path of ["/", "/login"]) {
      const policy = (await fetch(`${http.url}${path}`)).headers.get("content-security-policy")!;
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).not.toContain("upgrade-insecure-requests");
    }
  });

  test("the session cookie is HttpOnly and SameSite=Lax, not Secure (a browser would not send it back)", async () => {
    const user = await makeUser("MEMBER");
    const line = await sessionCookieLine(http, user.email);
    expect(line.startsWith("plaidoyer.session=")).toBe(true);
    expect(attributes(line)).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(attributes(line)).not.toContain("secure");
  });

  test("the language cookie is HttpOnly and SameSite=Lax, not Secure", async () => {
    const line = await languageCookieLine(http);
    expect(attributes(line)).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(attributes(line)).not.toContain("secure");
  });
});
