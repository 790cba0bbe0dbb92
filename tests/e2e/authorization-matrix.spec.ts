// The authorization matrix, proven against the built app: every page, route handler and server
// action named by the build's manifests is called as each kind of visitor, and the outcome must
// match lib/authz.ts. Server actions are called directly with forged requests (valid inputs, the
// right Origin), and a refused call must change nothing in the database.
import { ACCESS_AUDIENCES, ACTION_ACCESS, ROUTE_ACCESS, type Access } from "../../lib/authz";
import { builtActions, builtRoutes, encodeReply } from "../support/build-manifests";
import { ACTION_SAMPLES, prepareSamples, type Samples } from "./authorization-samples";
import { DEMO, expect, SESSION_COOKIE, sessionTokenFor, test, testDb } from "./fixtures";

type Visitor = { name: string; audience: "ANONYMOUS" | "OBSERVER" | "MEMBER" | "COORDINATOR"; ownOrganisation: boolean; cookie?: string; signedOut: boolean };

const routesManifest = builtRoutes();
const routes = [...new Set(Object.values(routesManifest))].sort();
const actions = builtActions();

test.describe.configure({ mode: "serial" });

let samples: Samples;
const visitors: Visitor[] = [];

test.beforeAll(async () => {
  samples = await prepareSamples();
  const db = testDb();
  const run = Date.now().toString(36);
  const otherOrganisation = await db.organisation.findFirstOrThrow({ where: { id: { not: samples.ownOrganisationId }, status: "MEMBER" }, select: { id: true } });
  const other = await db.user.create({
    data: { email: `matrix-other-${run}@example.org`, name: "Membre d'une autre association", role: "MEMBER", organisationId: otherOrganisation.id },
  });
  const deactivated = await db.user.create({
    data: { email: `matrix-off-${run}@example.org`, name: "Compte désactivé", role: "COORDINATOR" },
  });
  const deactivatedCookie = await sessionTokenFor(deactivated.email);
  await db.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });
  visitors.push(
    { name: "anonymous", audience: "ANONYMOUS", ownOrganisation: false, signedOut: true },
    { name: "observer", audience: "OBSERVER", ownOrganisation: false, cookie: await sessionTokenFor(DEMO.observer), signedOut: false },
    { name: "member", audience: "MEMBER", ownOrganisation: true, cookie: await sessionTokenFor(DEMO.member), signedOut: false },
    { name: "member of another organisation", audience: "MEMBER", ownOrganisation: false, cookie: await sessionTokenFor(other.email), signedOut: false },
    { name: "deactivated coordinator", audience: "ANONYMOUS", ownOrganisation: false, cookie: deactivatedCookie, signedOut: true },
    { name: "coordinator", audience: "COORDINATOR", ownOrganisation: true, cookie: await sessionTokenFor(DEMO.coordinator), signedOut: false },
  );
});

function allowed(access: Access, visitor: Visitor): boolean {
  if (access === "contributors") return visitor.audience === "COORDINATOR" || (visitor.audience === "MEMBER" && visitor.ownOrganisation);
  return ACCESS_AUDIENCES[access].includes(visitor.audience);
}

function fillRoute(pattern: string): string {
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_match, name: string) => {
    const value = samples.ids[name];
    if (!value) throw new Error(`No sample value for the route segment [${name}] in ${pattern}: add one to tests/e2e/authorization-samples.ts.`);
    return encodeURIComponent(value);
  });
}

const headers = (visitor: Visitor, extra: Record<string, string> = {}) => ({
  ...(visitor.cookie ? { cookie: `${SESSION_COOKIE}=${visitor.cookie}` } : {}),
  ...extra,
});

/** A fingerprint of everything a refused call must not change (sessions aside: tests make them). */
async function fingerprint(): Promise<string> {
  const db = testDb();
  const tables = await db.$queryRaw<{ table_name: string; has_version: boolean; has_updated: boolean }[]>`
    SELECT t.table_name::text AS table_name,
      EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = t.table_name AND c.table_schema = 'public' AND c.column_name = 'version') AS has_version,
      EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = t.table_name AND c.table_schema = 'public' AND c.column_name = 'updatedAt') AS has_updated
    FROM information_schema.tables t
    WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name NOT IN ('Session', '_prisma_migrations')
    ORDER BY t.table_name`;
  const parts = tables.map(
    ({ table_name: name, has_version, has_updated }) =>
      `SELECT '${name}' AS t, count(*)::text || '/' || ${has_version ? `coalesce(sum("version"), 0)::text` : "''"} || '/' || ${has_updated ? `coalesce(max("updatedAt")::text, '')` : "''"} AS v FROM "${name}"`,
  );
  const rows = await db.$queryRawUnsafe<{ t: string; v: string }[]>(parts.join(" UNION ALL "));
  return JSON.stringify(rows.sort((a, b) => a.t.localeCompare(b.t)));
}

test("every page, route handler and server action of the build has an entry in the matrix", () => {
  const missingRoutes = routes.filter((route) => !(route in ROUTE_ACCESS));
  const missingActions = actions.map((action) => action.key).filter((key) => !(key in ACTION_ACCESS));
  const missingSamples = actions.map((action) => action.key).filter((key) => !(key in ACTION_SAMPLES));
  expect(missingRoutes, "routes without an entry in ROUTE_ACCESS (lib/authz.ts)").toEqual([]);
  expect(missingActions, "server actions without an entry in ACTION_ACCESS (lib/authz.ts)").toEqual([]);
  expect(missingSamples, "server actions without a sample input (tests/e2e/authorization-samples.ts)").toEqual([]);
  const stale = Object.keys(ROUTE_ACCESS).filter((route) => !routes.includes(route));
  expect(stale, "entries of ROUTE_ACCESS that the build no longer has").toEqual([]);
});

test("each page and route handler answers each visitor as the matrix says", async ({ request }) => {
  const failures: string[] = [];
  for (const route of routes.filter((r) => !r.startsWith("/_") && r in ROUTE_ACCESS)) {
    const url = fillRoute(route);
    for (const visitor of visitors) {
      const response = await request.get(url, { headers: headers(visitor), maxRedirects: 0 });
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      const ok = allowed(ROUTE_ACCESS[route], visitor);
      let expected: string;
      let matched: boolean;
      if (ROUTE_ACCESS[route] === "by-token") {
        // The sample token is not a real one: everyone gets the same bare 404.
        expected = "404";
        matched = status === 404;
      } else if (ok) {
        expected = "an answer below 400";
        matched = status < 400;
      } else if (visitor.signedOut) {
        expected = route.startsWith("/api/") ? "401" : "a redirect to /login";
        matched = route.startsWith("/api/") ? status === 401 : status >= 300 && status < 400 && location.includes("/login");
      } else {
        expected = "404";
        matched = status === 404;
      }
      if (!matched) failures.push(`${route} as ${visitor.name}: got ${status}${location ? ` → ${location}` : ""}, expected ${expected}`);
    }
  }
  expect(failures).toEqual([]);
});

test("a server action called directly by someone the matrix refuses changes nothing", async ({ baseURL }) => {
  const failures: string[] = [];
  for (const action of actions) {
    const access = ACTION_ACCESS[action.key];
    const sample = ACTION_SAMPLES[action.key];
    if (!access || !sample) continue;
    const page = Object.entries(routesManifest).find(([file]) => file === action.page)?.[1];
    if (!page) throw new Error(`No route for the page ${action.page} that hosts ${action.key}.`);
    const post = async (visitor: Visitor, origin = baseURL!) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(await sample(samples))) form.set(name, value);
      // The wire format React's client uses to call an action: (previous state, form data).
      const body = await encodeReply([{ status: "idle" }, form]);
      return fetch(new URL(fillRoute(page), baseURL), {
        method: "POST",
        headers: headers(visitor, { "Next-Action": action.id, Origin: origin, Accept: "text/x-component" }),
        body,
        redirect: "manual",
      });
    };
    for (const visitor of visitors.filter((v) => !allowed(access, v))) {
      const before = await fingerprint();
      const response = await post(visitor);
      const after = await fingerprint();
      if (before !== after) failures.push(`${action.key} as ${visitor.name} changed the database (HTTP ${response.status})`);
    }
    // A coordinator's own cookie sent from another site (cross-site request forgery) is refused.
    if (access === "coordinators") {
      const before = await fingerprint();
      await post(visitors.find((v) => v.name === "coordinator")!, "https://evil.example");
      if ((await fingerprint()) !== before) failures.push(`${action.key}: a call from another origin changed the database`);
    }
    // The same forged call from a coordinator goes through: the sample is valid and reaches the action.
    if (access === "coordinators") {
      const before = await fingerprint();
      const response = await post(visitors.find((v) => v.name === "coordinator")!);
      if ((await fingerprint()) === before) {
        const answer = (await response.text()).split("\n").find((line) => line.startsWith("1:")) ?? "";
        failures.push(`${action.key}: the coordinator's call changed nothing (HTTP ${response.status}: ${answer.slice(0, 300)}); the sample does not reach the action`);
      }
    }
  }
  expect(failures).toEqual([]);
});
