// `npm run bench:timeline`: how fast the public timeline is served, beside a prerendered page and a
// static file served by the same server in the same run (wrk, 50 connections, ~10 s each).
// It builds and starts the app itself (scripts/start.ts) on its own port and data folder, fills it
// with the large data set (`npm run seed:large`) when that script exists, or else with a synthetic
// set of a few thousand public items, and prints req/s, p50, p99, errors and the ratios.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { get } from "node:http";
import { startApp } from "./lib/app";
import { cpuMs, serverPid } from "./lib/process-cpu";
import { requireWrk, wrk } from "./lib/wrk";
import { seedSyntheticTimeline } from "./synthetic-timeline";

const PORT = Number(process.env.BENCH_PORT || 3450);
const DATA_DIR = process.env.BENCH_DATA_DIR || ".data/bench";
const DURATION = Number(process.env.BENCH_DURATION || 10);
const CONNECTIONS = 50;
// The machine is shared: targets are measured in turn, round after round, and each target's median
// round is reported, so that a burst of load elsewhere does not land on one target only.
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
// What a browser sends (Chromium's header). BENCH_ACCEPT_ENCODING=identity measures uncompressed bodies.
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING || "gzip, deflate, br, zstd";

/** serverMs / clientMs: processor milliseconds per request of the web server and of the load generator (wrk). */
type Row = { name: string; path: string; rps: number; p50: number; p99: number; errors: number; httpErrors: number; requests: number; serverMs: number | null; clientMs: number };

async function measure(url: string, name: string, pathname: string, server: number | undefined): Promise<Row> {
  const serverBefore = cpuMs(server);
  const result = await wrk({ url: url + pathname, connections: CONNECTIONS, seconds: DURATION, headers: { "accept-encoding": ACCEPT_ENCODING } });
  const serverAfter = cpuMs(server);
  const requests = Math.max(1, result.requests);
  return {
    name,
    path: pathname,
    rps: Math.round(result.rps),
    p50: result.p50,
    p99: result.p99,
    errors: result.errors,
    httpErrors: result.httpErrors,
    requests: result.requests,
    serverMs: serverBefore === null || serverAfter === null ? null : (serverAfter - serverBefore) / requests,
    clientMs: result.generatorMs,
  };
}

/** The JavaScript a visitor's browser downloads for a page, gzipped as it travels. */
async function javascriptOf(url: string): Promise<{ files: number; gzipKb: number }> {
  const html = await (await fetch(url)).text();
  // Scripts marked noModule (legacy polyfills) are never downloaded by a current browser.
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((m) => m[0]).filter((tag) => !/\snoModule/i.test(tag));
  const sources = [...new Set(tags.map((tag) => /src="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)))];
  let bytes = 0;
  for (const source of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(source, url))).arrayBuffer())).length;
  return { files: sources.length, gzipKb: Math.round(bytes / 102.4) / 10 };
}

/** The bytes a response carries with the benchmark's Accept-Encoding, and its Content-Encoding. */
function transferred(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": ACCEPT_ENCODING } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(`${bytes} bytes (${response.headers["content-encoding"] ?? "identity"})`));
    }).on("error", reject);
  });
}

async function fill(app: Awaited<ReturnType<typeof startApp>>): Promise<string> {
  const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts ?? {};
  if ((await app.prisma.meeting.count()) > 100) return "the data already in the bench's folder";
  if (scripts["seed:large"]) {
    // The running app owns the embedded database: the generator reaches it through its address.
    const result = spawnSync("npm", ["run", "--silent", "seed:large"], {
      stdio: "inherit",
      env: { ...process.env, PLAIDOYER_DATA_DIR: path.resolve(DATA_DIR), DATABASE_URL: app.databaseUrl },
    });
    if (result.status === 0 && (await app.prisma.meeting.count()) > 100) return "the large data set (npm run seed:large)";
    console.warn("npm run seed:large did not fill the bench's database: using the synthetic set instead.");
  }
  const { publicItems } = await seedSyntheticTimeline(app.prisma);
  return `a synthetic set (bench/synthetic-timeline.ts): ${publicItems} public entries among about twice as many items`;
}

async function main() {
  requireWrk();
  if (!process.env.BENCH_KEEP_DATA) rmSync(DATA_DIR, { recursive: true, force: true });
  console.log(`Starting the built app on port ${PORT} with its data in ${DATA_DIR}…`);
  const app = await startApp({ port: PORT, dataDir: DATA_DIR, quiet: true });
  try {
    const data = await fill(app);
    console.log(`Data: ${data}.`);
    const targets = [
      { name: "static file (public/humans.txt)", path: "/humans.txt" },
      { name: "prerendered page (/about)", path: "/about" },
      { name: "timeline (/timeline)", path: "/timeline" },
    ];
    // The timeline renders on its first request, then comes from the cache: warm every target. wrk
    // counts only answers of 400 or more as errors: each target must answer 200 itself, not redirect.
    for (const target of targets) {
      for (let n = 0; n < 5; n++) {
        const response = await fetch(app.url + target.path, { redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}, not 200.`);
      }
    }
    const server = serverPid(app.pid);
    const rounds: Row[][] = targets.map(() => []);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [index, target] of targets.entries()) {
        console.log(`Round ${round}/${ROUNDS}: ${target.name}, ${CONNECTIONS} connections, ${DURATION} s…`);
        rounds[index].push(await measure(app.url, target.name, target.path, server));
      }
    }
    const median = (runs: Row[]) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)];
    const rows = rounds.map((runs) => ({ ...median(runs), errors: runs.reduce((n, r) => n + r.errors, 0), httpErrors: runs.reduce((n, r) => n + r.httpErrors, 0) }));
    const [file, prerendered, timeline] = rows;
    const js = await javascriptOf(app.url + "/timeline");
    console.log("");
    console.log(`Accept-Encoding: ${ACCEPT_ENCODING}. Median of ${ROUNDS} rounds (errors and HTTP errors summed over all rounds); load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}:`);
    console.log("| what the server served | req/s | p50 (ms) | p99 (ms) | errors | HTTP errors (≥ 400) | CPU ms/req: server | CPU ms/req: wrk |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
    const ms = (value: number | null) => (value === null ? "—" : value.toFixed(3));
    for (const row of rows) console.log(`| ${row.name} | ${row.rps} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.errors} | ${row.httpErrors} | ${ms(row.serverMs)} | ${ms(row.clientMs)} |`);
    const ratio = (a: Row, b: Row) => Math.round((a.rps / b.rps) * 100) / 100;
    console.log("");
    console.log(`timeline / prerendered page: ${ratio(timeline, prerendered)} (target ≥ 0.9)`);
    // Each round measures the two pages a few seconds apart: their ratio is less exposed to the
    // load of the other processes on the machine than the ratio of the medians.
    const paired = rounds[2].map((run, round) => run.rps / rounds[1][round].rps).sort((a, b) => a - b);
    console.log(`  per round: ${paired.map((r) => r.toFixed(2)).join(", ")}; median ${paired[Math.floor(paired.length / 2)].toFixed(2)}`);
    // Server and load generator share the machine's cores: what each request costs either of them
    // says which of the two limits the req/s above.
    if (timeline.serverMs !== null && prerendered.serverMs !== null) {
      console.log(`server CPU per request, prerendered ÷ timeline: ${(prerendered.serverMs / timeline.serverMs).toFixed(2)} (the server's capacity ratio)`);
    }
    console.log(`wrk CPU per request, prerendered ÷ timeline: ${(prerendered.clientMs / timeline.clientMs).toFixed(2)}`);
    console.log(`timeline / static file:      ${ratio(timeline, file)}`);
    console.log(`prerendered / static file:   ${ratio(prerendered, file)}`);
    console.log(`timeline p99: ${timeline.p99.toFixed(1)} ms (target < 60 ms); errors: ${timeline.errors + timeline.httpErrors} (target 0)`);
    console.log(`JavaScript loaded by /timeline: ${js.gzipKb} kB gzipped in ${js.files} files`);
    for (const target of targets) {
      const body = (await (await fetch(app.url + target.path)).arrayBuffer()).byteLength;
      console.log(`${target.path}: ${body} bytes; sent for Accept-Encoding "${ACCEPT_ENCODING}": ${await transferred(app.url + target.path)}`);
    }
    mkdirSync("bench/results", { recursive: true });
    const file_ = path.join("bench/results", `timeline-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(file_, JSON.stringify({ date: new Date().toISOString(), data, acceptEncoding: ACCEPT_ENCODING, connections: CONNECTIONS, durationSeconds: DURATION, rows, rounds, javascript: js }, null, 2));
    console.log(`Saved ${file_}`);
    const ok = ratio(timeline, prerendered) >= 0.9 && timeline.p99 < 60 && timeline.errors + timeline.httpErrors === 0;
    if (!ok) process.exitCode = 2;
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
