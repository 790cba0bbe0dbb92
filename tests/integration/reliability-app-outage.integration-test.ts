// The running app when its PostgreSQL server stops and starts again: /api/health says 503 within
// three seconds, pages answer quickly with an error page and no stack, the process stays up, and
// once the server is back the same process serves again — no restart.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createOwnPostgres, type OwnPostgres } from "../support/reliability-postgres";
import { ensureBuilt, startApp, type RunningApp } from "../support/reliability-app";

let server: OwnPostgres;
let app: RunningApp;
// Once proxy.ts calls lib/http/database-gate.ts, workspace pages answer the gate's 503 page.
const gateWired = existsSync("proxy.ts") && readFileSync("proxy.ts", "utf8").includes("database-gate");

beforeAll(async () => {
  await ensureBuilt();
  server = createOwnPostgres(4024);
  app = await startApp({
    port: 4043,
    env: { DATABASE_URL: server.url, AUTH_SECRET: "outage-test-secret-long-enough-for-the-app", PLAIDOYER_DEMO: "false" },
  });
}, 900_000);

afterAll(async () => {
  await app?.stop();
  server?.destroy();
});

const timed = async (path: string) => {
  const started = performance.now();
  const response = await fetch(`${app.url}${path}`, { redirect: "manual" });
  return { status: response.status, body: await response.text(), ms: Math.round(performance.now() - started) };
};

test("PostgreSQL stops: 503 quickly, nothing crashes; it starts again: the same process serves", async () => {
  expect((await timed("/api/health")).status).toBe(200);
  expect((await timed("/")).status).toBe(200);

  server.stop();
  const health = await timed("/api/health");
  expect(health.status).toBe(503);
  expect(JSON.parse(health.body)).toMatchObject({ database: "unavailable" });
  expect(health.ms).toBeLessThan(3_500);

  // The public home was rendered above and is served from the public cache while the database is
  // away (200); had it not been cached, it would fail cleanly (5xx). Never a stack, never slow.
  const home = await timed("/");
  expect(home.status === 200 || home.status >= 500, `/ answered ${home.status}`).toBe(true);
  expect(home.ms).toBeLessThan(5_000);
  expect(home.body).not.toMatch(/\n\s+at \S+ \(|ECONNREFUSED|PrismaClient/);
  if (gateWired) {
    const page = await timed("/dashboard");
    expect(page.status).toBe(503);
    expect(page.body).toContain("Service momentanément indisponible");
  }
  expect(app.child.exitCode).toBeNull();
  console.log(`Database stopped: /api/health 503 in ${health.ms} ms, / ${home.status} in ${home.ms} ms`);

  server.start();
  let back = await timed("/api/health");
  for (let attempt = 0; back.status !== 200 && attempt < 20; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    back = await timed("/api/health");
  }
  expect(back.status).toBe(200);
  expect((await timed("/")).status).toBe(200);
  expect(app.child.exitCode).toBeNull();
}, 120_000);
