// SIGTERM under load: the requests in flight finish with 200, new connections are refused, the
// process exits 0 and the embedded database is closed cleanly (a second start opens it).
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ensureBuilt, startApp } from "../support/reliability-app";

const PORT = 4031;
const IN_FLIGHT = 40;
const folder = mkdtempSync(path.join(tmpdir(), "plaidoyer-shutdown-"));
beforeAll(ensureBuilt, 900_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Outcome = { status?: number; bytes?: number; error?: string };

/** One request on a connection of its own; `connected` resolves once the server has the socket. */
function get(url: string): { connected: Promise<void>; done: Promise<Outcome> } {
  let markConnected!: () => void;
  const connected = new Promise<void>((resolve) => (markConnected = resolve));
  const done = new Promise<Outcome>((resolve) => {
    const request = http.get(url, { agent: false, headers: { connection: "close" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk) => (bytes += chunk.length));
      response.on("end", () => resolve({ status: response.statusCode, bytes }));
      response.on("error", (error) => resolve({ error: error.message }));
    });
    request.on("socket", (socket) => socket.on("connect", markConnected));
    request.on("error", (error) => {
      markConnected();
      resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message });
    });
  });
  return { connected, done };
}

test("SIGTERM under load finishes the requests in flight, refuses new ones, exits 0 and closes the database", async () => {
  const env = { PLAIDOYER_DATA_DIR: folder, DATABASE_URL: undefined, AUTH_SECRET: undefined };
  const app = await startApp({ port: PORT, env, readyTimeoutMs: 300_000 });
  // A page rendered on each request that reads the database (the public pages are cached, so they
  // would be answered before the signal): a real page, not a health check.
  const PAGE = "/invitation/not-a-real-invitation-token";
  expect((await fetch(`${app.url}${PAGE}`)).status).toBe(200);

  const requests = Array.from({ length: IN_FLIGHT }, () => get(`${app.url}${PAGE}`));
  let finished = 0;
  requests.forEach((request) => request.done.then(() => finished++));
  await Promise.all(requests.map((request) => request.connected));
  // Let the server accept and parse them all: they are now in flight.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const signalledAt = performance.now();
  const finishedBeforeSignal = finished;
  app.child.kill("SIGTERM");

  // Once the server has taken the signal (its event loop is busy rendering, so not at once), a
  // new connection is refused while the earlier requests are still being answered.
  while (!app.output().includes("SIGTERM: no new connections")) await new Promise((resolve) => setTimeout(resolve, 20));
  const late = await get(`${app.url}${PAGE}`).done;
  const outcomes = await Promise.all(requests.map((request) => request.done));
  const { code } = await app.exited;
  const drainMs = Math.round(performance.now() - signalledAt);

  const statuses = outcomes.map((outcome) => outcome.status ?? outcome.error);
  expect(statuses, app.output().slice(-3_000)).toEqual(Array(IN_FLIGHT).fill(200));
  expect(outcomes.every((outcome) => (outcome.bytes ?? 0) > 1_000)).toBe(true);
  expect(late.error).toBe("ECONNREFUSED");
  // The signal came while requests were still being answered: they are the ones proven finished.
  expect(finishedBeforeSignal).toBeLessThan(IN_FLIGHT);
  expect(code).toBe(0);
  console.log(`SIGTERM with ${IN_FLIGHT} requests in flight: all 200, exit 0 after ${drainMs} ms`);

  // The embedded database was closed cleanly: a second start opens it, with its data, no reseed.
  const again = await startApp({ port: PORT, env, readyTimeoutMs: 300_000 });
  try {
    expect((await fetch(`${again.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${again.url}/`)).status).toBe(200);
    expect(again.output()).not.toContain("Seeding");
  } finally {
    expect((await again.stop()).code).toBe(0);
  }
}, 900_000);
