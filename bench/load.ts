// `npm run bench:load`: 50 users for 60 seconds against the built app on a real PostgreSQL server
// (a throwaway database on the server of DATABASE_URL), mixing page reads and writes. The writes
// go through the app's real sign-in endpoint (next-auth's CSRF dance): each success writes a
// Session row and a SignInAttempt row in the database. Afterwards the database must hold exactly
// the records the successful writes reported, and no request may have failed.
// Options (environment): BENCH_USERS (50), BENCH_SECONDS (60), BENCH_PORT (4090).
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db";
import { applyMigrations } from "../lib/database/migrate";
import { seedDemo } from "../prisma/seed/demo";
import { CookieJar, ensureBuilt, signIn, startApp } from "../tests/support/reliability-app";

const USERS = Number(process.env.BENCH_USERS || 50);
const SECONDS = Number(process.env.BENCH_SECONDS || 60);
const PORT = Number(process.env.BENCH_PORT || 4090);
const PASSWORD = "bench-password-long-enough";
// Of every ten actions, two are writes (a new sign-in), eight are page reads.
const READS = ["/dashboard", "/dashboard", "/", "/dashboard", "/", "/dashboard", "/", "/dashboard"];

type Sample = { kind: "read" | "write"; ms: number; ok: boolean; detail?: string };

async function throwawayDatabase(serverUrl: string) {
  const name = `plaidoyer_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
};

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server (a throwaway database is created on it and dropped after).");
  const database = await throwawayDatabase(serverUrl);
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  try {
    await applyMigrations(database.url);
    const prisma = createPrismaClient(database.url);
    await seedDemo(prisma);
    const organisation = await prisma.organisation.findFirstOrThrow({ where: { status: "MEMBER" }, select: { id: true } });
    const passwordHash = await hashPassword(PASSWORD);
    const emails = Array.from({ length: USERS }, (_, index) => `bench-${index + 1}@example.org`);
    await prisma.user.createMany({
      data: emails.map((email, index) => ({ email, name: `Bench ${index + 1}`, role: "MEMBER" as const, organisationId: organisation.id, passwordHash })),
    });

    await ensureBuilt();
    app = await startApp({ port: PORT, env: { DATABASE_URL: database.url, AUTH_SECRET: randomBytes(32).toString("base64url"), PLAIDOYER_DEMO: "false" } });
    const baseUrl = app.url;
    console.log(`${USERS} users for ${SECONDS} s against ${baseUrl} (PostgreSQL database ${new URL(database.url).pathname.slice(1)})`);

    const samples: Sample[] = [];
    const signIns = new Map<string, number>(emails.map((email) => [email, 0]));
    const deadline = Date.now() + SECONDS * 1000;

    const user = async (email: string, index: number) => {
      let jar = new CookieJar();
      let step = index; // users start at different points of the mix
      const write = async () => {
        const started = performance.now();
        jar = new CookieJar();
        const outcome = await signIn(baseUrl, jar, email, PASSWORD).catch((error: Error) => ({ ok: false, location: error.message }));
        samples.push({ kind: "write", ms: performance.now() - started, ok: outcome.ok, detail: outcome.ok ? undefined : outcome.location });
        if (outcome.ok) signIns.set(email, signIns.get(email)! + 1);
      };
      await write();
      while (Date.now() < deadline) {
        step++;
        if (step % 10 < 2) {
          await write();
          continue;
        }
        const path = READS[step % READS.length];
        const started = performance.now();
        try {
          const response = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: { cookie: jar.header() } });
          const body = await response.text();
          const ok = response.status === 200 && (path !== "/dashboard" || body.includes(`Bench ${index + 1}`));
          samples.push({ kind: "read", ms: performance.now() - started, ok, detail: ok ? undefined : `${path} ${response.status}` });
        } catch (error) {
          samples.push({ kind: "read", ms: performance.now() - started, ok: false, detail: `${path} ${(error as Error).message}` });
        }
      }
    };
    const started = Date.now();
    await Promise.all(emails.map((email, index) => user(email, index)));
    const elapsed = (Date.now() - started) / 1000;

    // What the database holds must be exactly what the successful writes reported.
    const reported = [...signIns.values()].reduce((sum, count) => sum + count, 0);
    const sessions = await prisma.session.count({ where: { user: { email: { in: emails } } } });
    const attempts = await prisma.signInAttempt.count({ where: { key: { in: emails.map((email) => `account:${email}`) }, succeeded: true } });
    await prisma.$disconnect();

    const failures = samples.filter((sample) => !sample.ok);
    const summary = {
      users: USERS,
      seconds: Math.round(elapsed),
      requests: samples.length,
      perSecond: Math.round(samples.length / elapsed),
      reads: samples.filter((s) => s.kind === "read").length,
      writes: samples.filter((s) => s.kind === "write").length,
      errors: failures.length,
      firstErrors: [...new Set(failures.map((f) => f.detail))].slice(0, 5),
      readLatencyMs: { p50: percentile(samples.filter((s) => s.kind === "read").map((s) => s.ms), 50), p95: percentile(samples.filter((s) => s.kind === "read").map((s) => s.ms), 95), p99: percentile(samples.filter((s) => s.kind === "read").map((s) => s.ms), 99) },
      writeLatencyMs: { p50: percentile(samples.filter((s) => s.kind === "write").map((s) => s.ms), 50), p95: percentile(samples.filter((s) => s.kind === "write").map((s) => s.ms), 95), p99: percentile(samples.filter((s) => s.kind === "write").map((s) => s.ms), 99) },
      reportedWrites: reported,
      sessionRows: sessions,
      successfulAttemptRows: attempts,
    };
    console.log(JSON.stringify(summary, null, 2));
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(`bench/results/load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`, JSON.stringify(summary, null, 2));

    const exact = sessions === reported && attempts === reported;
    if (failures.length || !exact) {
      console.error(failures.length ? `${failures.length} requests failed.` : "The database does not hold what the writes reported.");
      process.exitCode = 1;
    } else {
      console.log(`Zero errors; the database holds exactly the ${reported} sign-ins the writes reported.`);
    }
  } finally {
    await app?.stop();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
