// Two app processes on one database and no shared memory: a session opened on one continues on
// the other, sign-in limits are counted across both, a deactivation on one ends the session on the
// other at its next request, and an item withdrawn through one leaves the other's public pages.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { setAccountActive } from "@/lib/accounts/mutations";
import { db } from "@/lib/db";
import { countPublicContentChange } from "@/lib/public/content-changes";
import { entryKey } from "@/lib/public/timeline-view";
import { setPublication } from "@/lib/publishing/mutations";
import { CookieJar, ensureBuilt, signIn, startApp, type RunningApp } from "../support/reliability-app";
import { actorOf, makeOrganisation, makeUser, PASSWORD } from "./accounts-helpers";

const SECRET = "instances-test-secret-shared-by-both-instances";
let first: RunningApp;
let second: RunningApp;

beforeAll(async () => {
  await ensureBuilt();
  const env = { DATABASE_URL: inject("databaseUrl"), AUTH_SECRET: SECRET, PLAIDOYER_DEMO: "false" };
  first = await startApp({ port: 4041, env });
  second = await startApp({ port: 4042, env });
}, 900_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

const dashboard = (app: RunningApp, jar: CookieJar) =>
  fetch(`${app.url}/dashboard`, { redirect: "manual", headers: { cookie: jar.header() } });

describe("two instances of the app on one database", () => {
  test("a member signs in on one instance and carries on on the other", async () => {
    const organisation = await makeOrganisation();
    const member = await makeUser("MEMBER", organisation.id);
    const jar = new CookieJar();
    expect((await signIn(first.url, jar, member.email, PASSWORD)).ok).toBe(true);

    const onSecond = await dashboard(second, jar);
    expect(onSecond.status).toBe(200);
    expect(await onSecond.text()).toContain(member.name);
  });

  test("five wrong passwords split between the two instances lock the account on both", async () => {
    const organisation = await makeOrganisation();
    const member = await makeUser("MEMBER", organisation.id);
    for (const app of [first, second, first, second, first]) {
      expect((await signIn(app.url, new CookieJar(), member.email, "not-the-password")).ok).toBe(false);
    }
    for (const app of [first, second]) {
      const refused = await signIn(app.url, new CookieJar(), member.email, PASSWORD);
      expect(refused.ok).toBe(false);
      expect(refused.location).toContain("RATE_LIMITED");
    }
    expect(await db.signInAttempt.count({ where: { key: `account:${member.email}`, succeeded: false } })).toBe(5);
  });

  test("a deactivation ends the session on the other instance at its next request", async () => {
    const organisation = await makeOrganisation();
    const member = await makeUser("MEMBER", organisation.id);
    const coordinator = await makeUser("COORDINATOR");
    const jar = new CookieJar();
    expect((await signIn(first.url, jar, member.email, PASSWORD)).ok).toBe(true);
    expect((await dashboard(second, jar)).status).toBe(200);

    // The mutation the accounts page calls, as the first instance would run it.
    const current = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { version: true } });
    expect(await setAccountActive({ actor: actorOf(coordinator), data: { userId: member.id, version: current.version, active: false } })).toEqual({ ok: true });

    for (const app of [second, first]) {
      const after = await dashboard(app, jar);
      expect(after.status).toBeGreaterThanOrEqual(300);
      expect(after.status).toBeLessThan(400);
      expect(after.headers.get("location")).toContain("/login");
    }
  });

  test("an item withdrawn through one instance leaves the other's public pages and feed within two seconds", async () => {
    const coordinator = await makeUser("COORDINATOR");
    const title = `Déclaration retirée ailleurs ${Date.now()}`;
    const statement = await db.statement.create({
      data: { date: new Date(Date.UTC(2095, 0, 1)), titleFr: title, textFr: "Texte", visibility: "PUBLIC", publishedAt: new Date() },
      select: { id: true, version: true },
    });
    const entry = `/timeline/${entryKey("statement", statement.id)}`;
    // Both instances render and cache the public pages with the item.
    for (const app of [first, second]) {
      for (const path of ["/timeline", entry, "/feeds/timeline-fr.xml"]) {
        for (let read = 0; read < 2; read++) expect(await (await fetch(app.url + path)).text(), `${app.url}${path}`).toContain(title);
      }
    }

    // What the publishing page's action does on the first instance, after its transaction.
    await setPublication({ actor: actorOf(coordinator), data: { kind: "statement", id: statement.id, version: statement.version, intent: "withdraw" } });
    await countPublicContentChange();

    const started = Date.now();
    let timeline = "";
    while (Date.now() - started < 2_000) {
      timeline = await (await fetch(`${second.url}/timeline`)).text();
      if (!timeline.includes(title)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(timeline).not.toContain(title);
    expect((await fetch(second.url + entry)).status).toBe(404);
    expect(await (await fetch(`${second.url}/feeds/timeline-fr.xml`)).text()).not.toContain(title);
  });

  test("the internal route that expires an instance's public pages answers 404 to anyone but its own server", async () => {
    const attempts: Record<string, string>[] = [{}, { "x-plaidoyer-internal": "not-the-secret" }, { "x-plaidoyer-internal": "" }];
    for (const headers of attempts) {
      const response = await fetch(`${first.url}/api/internal/public-content`, { method: "POST", headers });
      expect(response.status).toBe(404);
    }
    expect((await fetch(`${first.url}/api/internal/public-content`)).status).toBe(404);
  });
});
