// `npm start`: builds the app when its sources changed, starts the embedded PostgreSQL when no
// DATABASE_URL is given, applies migrations, seeds the demo on an empty database, then serves the
// app (scripts/lib/serve.mjs) in a child process (so PGlite never shares the web server's thread).
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/database/embedded";
import { prepareDatabase } from "../lib/database/prepare";
import { buildIfStale } from "./lib/build";
import { readOrCreateSecret } from "./lib/secret";

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");

function fail(sentence: string): never {
  console.error(`\n${sentence}\n`);
  process.exit(1);
}

// How long a SIGTERM waits for the requests in flight (a load balancer's usual grace is 30 s).
const DRAIN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS || 25_000);

// A stop asked for before the server runs (e.g. during migrations) is honoured once it is safe.
let stopRequested = false;
let onStop: ((signal: NodeJS.Signals) => void) | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopRequested) return;
    stopRequested = true;
    onStop?.(signal);
  });
}

async function main() {
  const dev = process.argv.includes("--dev");
  const port = process.env.PORT || "3000";
  const dataDir = path.resolve(process.env.PLAIDOYER_DATA_DIR || ".data");
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" };
  env.APP_URL ||= `http://localhost:${port}`;
  env.NEXTAUTH_URL ||= env.APP_URL;

  const embeddedWanted = !env.DATABASE_URL;
  if (embeddedWanted) {
    env.AUTH_SECRET ||= readOrCreateSecret(path.join(dataDir, "auth-secret"));
    env.UPLOAD_DIR ||= path.join(dataDir, "uploads");
    env.MAIL_DIR ||= path.join(dataDir, "mail");
  } else if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32) {
    fail(
      "AUTH_SECRET must be set to a random string of at least 32 characters when DATABASE_URL is set (for example: openssl rand -base64 32).",
    );
  }

  if (!dev) await buildIfStale(env);

  let embedded: EmbeddedDatabase | null = null;
  if (embeddedWanted) {
    try {
      embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
    } catch (error) {
      fail((error as Error).message);
    }
    env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL (PGlite) in ${path.join(dataDir, "pglite")}`);
  }

  const stopDatabase = async () => {
    if (embedded) await embedded.stop();
  };

  try {
    await prepareDatabase({ databaseUrl: env.DATABASE_URL!, demo: env.PLAIDOYER_DEMO !== "false" });
  } catch (error) {
    await stopDatabase();
    fail(`The database could not be prepared: ${(error as Error).message}`);
  }

  if (stopRequested) return stopDatabase().then(() => process.exit(0));
  // Production: our server (scripts/lib/serve.mjs), which drains requests on SIGTERM.
  const command = dev ? [NEXT_BIN, "dev", "-p", port] : [path.join("scripts", "lib", "serve.mjs")];
  const child = spawn(process.execPath, command, {
    env,
    stdio: "inherit",
  });
  console.log(`Plaidoyer on ${env.APP_URL}`);

  onStop = (signal) => {
    // The server stops accepting connections, finishes the requests in flight, then exits; the
    // database closes after it. A request that never ends must not keep us up forever.
    child.kill(signal);
    setTimeout(() => {
      console.error(`Requests still running after ${DRAIN_TIMEOUT_MS / 1000} s: stopping the server now.`);
      child.kill("SIGKILL");
    }, DRAIN_TIMEOUT_MS).unref();
  };
  child.on("exit", async (code) => {
    await stopDatabase();
    // serve.mjs exits 0 once drained; `next dev` exits 143 (SIGTERM) or 130 (SIGINT): clean stops.
    const drained = stopRequested && (code === 0 || code === 130 || code === 143);
    process.exit(drained ? 0 : (code ?? 1));
  });
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
