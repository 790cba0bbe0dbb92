// The database goes away and comes back: the app's pool (lib/db.ts) fails fast while it is away,
// nothing crashes, and the same client works again once it is back, without a restart. Played on
// a PostgreSQL server of the test's own (stopped and started) and on the embedded socket server
// (stopped and restarted on the same port).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/database/embedded";
import { createPostgresGate } from "@/lib/http/database-gate";
import { createOwnPostgres } from "../support/reliability-postgres";

const elapsed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const outcome = await work().then((value) => ({ ok: true as const, value }), (error: Error) => ({ ok: false as const, error }));
  return { ...outcome, ms: performance.now() - started };
};

const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
process.on("uncaughtException", onUncaught);
afterAll(() => void process.off("uncaughtException", onUncaught));

async function playOutage(url: string, stop: () => Promise<void> | void, start: () => Promise<void> | void) {
  const prisma = createPrismaClient(url);
  const gate = createPostgresGate(url, { cacheMs: 0 });
  try {
    // Several connections open and idle in the pool, as in a running app.
    await Promise.all(Array.from({ length: 5 }, () => prisma.$queryRaw`SELECT 1 AS one FROM pg_sleep(0.05)`));
    expect(await gate.isAvailable()).toBe(true);

    await stop();
    const gateWhileAway = await elapsed(() => gate.isAvailable());
    expect(gateWhileAway.ok && gateWhileAway.value).toBe(false);
    expect(gateWhileAway.ms).toBeLessThan(3_000);
    const queryWhileAway = await elapsed(() => prisma.$queryRaw`SELECT 1 AS one`);
    expect(queryWhileAway.ok).toBe(false);
    expect(queryWhileAway.ms).toBeLessThan(3_500);

    await start();
    // The pool drops its dead connections and opens new ones: the same client answers again.
    let back = await elapsed(() => prisma.$queryRaw`SELECT 1 AS one`);
    for (let attempt = 0; !back.ok && attempt < 10; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      back = await elapsed(() => prisma.$queryRaw`SELECT 1 AS one`);
    }
    expect(back.ok).toBe(true);
    expect(await gate.isAvailable()).toBe(true);
    // Ten queries at once: every pooled connection is a live one.
    expect(await Promise.all(Array.from({ length: 10 }, () => prisma.$queryRaw`SELECT 1 AS one`))).toHaveLength(10);
    expect(uncaught).toEqual([]);
    return { gateMs: Math.round(gateWhileAway.ms), queryMs: Math.round(queryWhileAway.ms) };
  } finally {
    await prisma.$disconnect();
    await gate.close();
  }
}

describe("when the database goes away and comes back", () => {
  test("on a PostgreSQL server: queries fail fast, nothing crashes, the same pool recovers", async () => {
    const server = createOwnPostgres(4021);
    try {
      const figures = await playOutage(server.url, server.stop, server.start);
      console.log(`PostgreSQL stopped: gate answered in ${figures.gateMs} ms, a query failed in ${figures.queryMs} ms`);
    } finally {
      server.destroy();
    }
  }, 120_000);

  test("on the embedded socket server restarted on the same port: the same pool recovers", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "plaidoyer-away-"));
    const dataDir = path.join(folder, "pglite");
    let database: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir, port: 4022 });
    try {
      const figures = await playOutage(
        database.url,
        () => database.stop(),
        async () => {
          database = await startEmbeddedDatabase({ dataDir, port: 4022 });
        },
      );
      console.log(`Embedded server stopped: gate answered in ${figures.gateMs} ms, a query failed in ${figures.queryMs} ms`);
    } finally {
      await database.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
