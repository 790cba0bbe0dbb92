// Two app processes on one database and no shared memory: a session opened on one continues on
// the other, sign-in limits are counted across both, and a deactivation on one ends the session
// on the other at its next request.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { setAccountActive } from "@/lib/accounts/mutations";
import { db } from "@/lib/db";
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
});
