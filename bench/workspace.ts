// `npm run bench:workspace`: the members' workspace under load. Starts the built app on its own
// port and data folder (or on BENCH_DATABASE_URL), signs in the demo member without the UI, and
// measures with wrk, 20 connections for 10 s each: the dashboard, the actions list, a demand
// page, a search (when the app has /search), and /help — a dynamic page that reads nothing, the
// framework's floor. First on the demo data, then after `seed:large` (a hundred times the
// coalition's history). Prints req/s, p50, p99 and the ratios; the targets are in bench/README.md.
// The pages are measured in turn for BENCH_ROUNDS rounds (default 3) and each figure is the median
// of its rounds, so that a burst of other people's load on the shared machine does not fall on one
// page only. Beside req/s, it prints the processor time the app's processes spent per request (read
// from /proc): the web server's, and the embedded database's when there is one. That figure does not
// move with the machine's load the way req/s does.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { findRunningEmbeddedDatabase } from "../lib/database/embedded";
import { cpuMs, serverPid } from "./lib/process-cpu";
import { requireWrk, wrk } from "./lib/wrk";

const PORT = Number(process.env.BENCH_PORT || 3950);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
const DURATION = Number(process.env.BENCH_DURATION || 10);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS || 3));
const DATA_DIR = path.resolve(".data/bench");
const AUTH_SECRET = randomBytes(32).toString("base64url");

type Page = { name: string; path: string };
type Measure = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  httpErrors: number;
  /** Processor milliseconds per request: the web server's, and the embedded database's (null on a server of its own). */
  serverCpu: number | null;
  databaseCpu: number | null;
};

type Processes = { server?: number; database?: number };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medianOrNull = (values: (number | null)[]) => (values.some((v) => v === null) ? null : median(values as number[]));

function appEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), APP_URL: BASE, AUTH_SECRET, PLAIDOYER_DEMO: "true", NEXT_TELEMETRY_DISABLED: "1" };
  if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  else {
    delete env.DATABASE_URL;
    env.PLAIDOYER_DATA_DIR = DATA_DIR;
  }
  return env;
}

async function startApp(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: appEnv(), stdio: ["ignore", "inherit", "inherit"] });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("The app stopped while starting.");
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("The app did not answer /api/health within 10 minutes.");
}

function databaseUrl(): string {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const url = findRunningEmbeddedDatabase(path.join(DATA_DIR, "pglite"));
  if (!url) throw new Error("The app's embedded database is not running.");
  return url;
}

/** Runs statements on the app's database with one short-lived connection. */
async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A session for the demo member, as the sign-in form would make it (see tests/e2e/fixtures.ts). */
const memberCookie = () =>
  withDatabase(async (client) => {
    const { rows } = await client.query(`SELECT id, name, email FROM "User" WHERE email = 'member@example.org'`);
    if (!rows[0]) throw new Error("No demo member account in this database.");
    const sid = randomBytes(32).toString("base64url");
    await client.query(`INSERT INTO "Session" (id, "userId", "expiresAt") VALUES ($1, $2, now() + interval '1 day')`, [sid, rows[0].id]);
    const token = await encode({ token: { name: rows[0].name, email: rows[0].email, sub: rows[0].id, sid }, secret: AUTH_SECRET });
    return `plaidoyer.session=${token}`;
  });

/**
 * The seed phase must measure the demo data: a database that already holds the synthetic history
 * (a BENCH_DATABASE_URL used by an earlier run) would compare the large set with itself.
 */
const refuseLargeDataAlready = () =>
  withDatabase(async (client) => {
    const { rows } = await client.query(`SELECT 1 FROM "Organisation" WHERE id LIKE 'lg-%' LIMIT 1`);
    if (rows.length) throw new Error("BENCH_DATABASE_URL already holds the large data set (seed:large): give the bench an empty database, for example with `dropdb` and `createdb`, so that its first phase measures the demo data.");
  });

const demandPath = () =>
  withDatabase(async (client) => {
    const { rows } = await client.query(`SELECT id FROM "Demand" WHERE "titleFr" LIKE 'Une instruction aux préfets%' LIMIT 1`);
    return `/demands/${rows[0].id}`;
  });

async function run(page: Page, cookie: string, processes: Processes): Promise<Measure> {
  // A short warm-up, so that compilation and caches are not measured.
  await wrk({ url: BASE + page.path, connections: 4, seconds: 2, headers: { cookie } });
  const before = { server: cpuMs(processes.server), database: cpuMs(processes.database) };
  const result = await wrk({ url: BASE + page.path, connections: CONNECTIONS, seconds: DURATION, headers: { cookie } });
  const after = { server: cpuMs(processes.server), database: cpuMs(processes.database) };
  const requests = Math.max(1, result.requests);
  const perRequest = (a: number | null, b: number | null) => (a === null || b === null ? null : (b - a) / requests);
  return {
    name: page.name,
    rps: result.rps,
    p50: result.p50,
    p99: result.p99,
    errors: result.errors,
    httpErrors: result.httpErrors,
    serverCpu: perRequest(before.server, after.server),
    databaseCpu: perRequest(before.database, after.database),
  };
}

const cpuText = (m: Measure) =>
  m.serverCpu === null ? "" : `  CPU/req ${m.serverCpu.toFixed(1)} ms web${m.databaseCpu === null ? "" : ` + ${m.databaseCpu.toFixed(1)} ms db`}`;

/** Every page in turn, ROUNDS times; each figure is the median of its rounds. */
async function measureAll(label: string, cookie: string, pages: Page[], processes: Processes): Promise<Map<string, Measure>> {
  const rounds = new Map<string, Measure[]>(pages.map((page) => [page.name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const page of pages) {
      const m = await run(page, cookie, processes);
      rounds.get(page.name)!.push(m);
      console.log(
        `[${label} ${round}/${ROUNDS}] ${page.name.padEnd(14)} ${m.rps.toFixed(1).padStart(7)} req/s  p50 ${m.p50.toFixed(0).padStart(5)} ms  p99 ${m.p99.toFixed(0).padStart(5)} ms${cpuText(m)}${m.errors || m.httpErrors ? `  (${m.errors} errors, ${m.httpErrors} HTTP errors)` : ""}  load ${loadavg()[0].toFixed(1)}`,
      );
    }
  }
  const results = new Map<string, Measure>();
  for (const [name, measures] of rounds) {
    results.set(name, {
      name,
      rps: median(measures.map((m) => m.rps)),
      p50: median(measures.map((m) => m.p50)),
      p99: median(measures.map((m) => m.p99)),
      errors: measures.reduce((sum, m) => sum + m.errors, 0),
      httpErrors: measures.reduce((sum, m) => sum + m.httpErrors, 0),
      serverCpu: medianOrNull(measures.map((m) => m.serverCpu)),
      databaseCpu: medianOrNull(measures.map((m) => m.databaseCpu)),
    });
  }
  return results;
}

async function main() {
  requireWrk();
  if (!process.env.BENCH_DATABASE_URL) rmSync(DATA_DIR, { recursive: true, force: true });
  const app = await startApp();
  const stop = () => app.kill("SIGTERM");
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    await refuseLargeDataAlready();
    const cookie = await memberCookie();
    const pages: Page[] = [
      { name: "floor (/help)", path: "/help" },
      { name: "dashboard", path: "/dashboard" },
      { name: "actions list", path: "/actions" },
      { name: "demand page", path: await demandPath() },
    ];
    const search = await fetch(`${BASE}/search?q=traite`, { headers: { cookie }, redirect: "manual" });
    if (search.status === 200) pages.push({ name: "search", path: "/search?q=traite" });
    else console.log(`/search answered ${search.status}: the search page is not in this build; it is not measured.`);
    for (const page of pages) {
      const response = await fetch(BASE + page.path, { headers: { cookie }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${page.path} answered ${response.status} for the signed-in member.`);
    }

    const processes: Processes = { server: serverPid(app.pid), database: process.env.BENCH_DATABASE_URL ? undefined : app.pid };
    console.log(`Load average at the start: ${loadavg().map((l) => l.toFixed(2)).join(", ")}; ${ROUNDS} round(s) of ${DURATION} s per page.`);
    const seed = await measureAll("seed", cookie, pages, processes);
    console.log("\nAdding the large synthetic history (npm run seed:large)…");
    const seeded = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/seed-large.ts"], {
      env: { ...appEnv(), ...(process.env.BENCH_DATABASE_URL ? {} : { DATABASE_URL: databaseUrl() }) },
      stdio: "inherit",
    });
    if (seeded.status !== 0) throw new Error("seed:large failed.");
    const large = await measureAll("large", cookie, pages, processes);

    const floor = large.get("floor (/help)")!;
    const cpu = (m: Measure) => (m.serverCpu === null ? "—" : `${m.serverCpu.toFixed(1)}${m.databaseCpu === null ? "" : ` + ${m.databaseCpu.toFixed(1)}`}`);
    console.log(`\nMedians of ${ROUNDS} round(s); load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(", ")}.`);
    console.log("CPU ms/req: processor time per request of the web server (+ the embedded database's), seed → large.");
    console.log("\n| page | seed req/s | seed p50 / p99 | large req/s | large p50 / p99 | large p50 ÷ seed p50 | large req/s ÷ floor | CPU ms/req | targets |");
    console.log("|---|---|---|---|---|---|---|---|---|");
    let failed = 0;
    for (const page of pages) {
      const s = seed.get(page.name)!;
      const l = large.get(page.name)!;
      const slower = l.p50 / Math.max(s.p50, 1);
      const share = l.rps / floor.rps;
      const isFloor = page.name.startsWith("floor");
      const ok = isFloor || (share >= 0.5 && slower <= 1.5);
      if (!ok) failed++;
      console.log(
        `| ${page.name} | ${s.rps.toFixed(1)} | ${s.p50.toFixed(0)} / ${s.p99.toFixed(0)} ms | ${l.rps.toFixed(1)} | ${l.p50.toFixed(0)} / ${l.p99.toFixed(0)} ms | ${slower.toFixed(2)} | ${share.toFixed(2)} | ${cpu(s)} → ${cpu(l)} | ${isFloor ? "—" : ok ? "met" : "NOT met"} |`,
      );
    }
    console.log(failed ? `\n${failed} page(s) miss a target (≥ 0.5 × the floor's req/s, ≤ 1.5 × its own seed-data time).` : "\nEvery page meets both targets.");
  } finally {
    stop();
    await new Promise((resolve) => app.once("exit", resolve));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
