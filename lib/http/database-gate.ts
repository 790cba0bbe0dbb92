// A cheap answer to "can the database be reached?", for the proxy to call before pages that need
// it: one `SELECT 1` on a connection of its own (so a busy app pool never looks like an outage),
// shared by every request that arrives while it runs, and remembered for a moment. When the
// answer is no, the visitor gets a plain bilingual 503 page that says to retry, and no stack.
import pg from "pg";
import { hashPolicy } from "./content-security-policy.mjs";

export type DatabaseGate = {
  isAvailable: () => Promise<boolean>;
  /** A 503 response when the database is away, null when the request may go on. */
  check: (request: Request) => Promise<Response | null>;
  close: () => Promise<void>;
};

export const RETRY_AFTER_SECONDS = 5;

export function createDatabaseGate(options: {
  /** Resolves when the database answers; rejects or hangs when it does not. */
  probe: () => Promise<unknown>;
  /** How long an answer is remembered: a second or two keeps the cost at one query per interval. */
  cacheMs?: number;
  /** A probe that has not answered by then counts as "away", so pages never wait longer. */
  timeoutMs?: number;
  now?: () => number;
  close?: () => Promise<void>;
}): DatabaseGate {
  const cacheMs = options.cacheMs ?? 1_500;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const now = options.now ?? Date.now;
  let last: { available: boolean; at: number } | null = null;
  let inFlight: Promise<boolean> | null = null;

  const probeOnce = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref?.();
    });
    try {
      return await Promise.race([options.probe().then(() => true, () => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  const isAvailable = async () => {
    if (last && now() - last.at < cacheMs) return last.available;
    inFlight ??= probeOnce().then((available) => {
      last = { available, at: now() };
      inFlight = null;
      return available;
    });
    return inFlight;
  };

  return {
    isAvailable,
    async check(request) {
      return (await isAvailable()) ? null : databaseUnavailableResponse(request);
    },
    close: options.close ?? (async () => {}),
  };
}

/** A gate on a PostgreSQL server, with one connection of its own. */
export function createPostgresGate(databaseUrl: string, options: { cacheMs?: number; timeoutMs?: number } = {}): DatabaseGate {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: timeoutMs, idleTimeoutMillis: 10_000 });
  // A connection that dies while idle (server stopped) must not become an uncaught error.
  pool.on("error", () => {});
  return createDatabaseGate({ ...options, timeoutMs, probe: () => pool.query("SELECT 1"), close: () => pool.end() });
}

const globalForGate = globalThis as unknown as { plaidoyerDatabaseGate?: DatabaseGate };

/** The app's gate, on DATABASE_URL: `const unavailable = await databaseGate(request); if (unavailable) return unavailable;` */
export async function databaseGate(request: Request): Promise<Response | null> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return null; // the build, which serves nothing
  globalForGate.plaidoyerDatabaseGate ??= createPostgresGate(databaseUrl);
  return globalForGate.plaidoyerDatabaseGate.check(request);
}

const PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Plaidoyer — service momentanément indisponible</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1e293b;line-height:1.5}h1{font-size:1.5rem}section+section{margin-top:2rem;color:#475569}</style>
</head>
<body>
<main>
<section>
<h1>Service momentanément indisponible</h1>
<p>La base de données ne répond pas. Rien de ce que vous avez enregistré n'est perdu. Réessayez dans quelques secondes ; si cela dure, prévenez la coordination.</p>
</section>
<section lang="en">
<h1>Temporarily unavailable</h1>
<p>The database is not answering. Nothing you saved is lost. Try again in a few seconds; if it lasts, tell the coordination.</p>
</section>
</main>
</body>
</html>
`;

/** The 503 answer: an HTML page for browsers, JSON for API calls; never cached, retry soon. */
export function databaseUnavailableResponse(request: Request): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (new URL(request.url).pathname.startsWith("/api/")) {
    return Response.json({ status: "degraded", database: "unavailable" }, { status: 503, headers });
  }
  // Its one inline <style> is allowed by its hash, like the cached public pages' inline scripts.
  const policy = hashPolicy(PAGE);
  return new Response(PAGE, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": policy } });
}
