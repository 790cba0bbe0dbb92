// Starts the built app for a benchmark, exactly as `npm start` does (scripts/start.ts: the embedded
// database in its own process, scripts/lib/serve.mjs in a child), on its own port and data folder.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { findRunningEmbeddedDatabase } from "../../lib/database/embedded";

/** `pid`: scripts/start.ts, the parent of the web server (bench/lib/process-cpu.ts finds it). */
export type RunningApp = { url: string; databaseUrl: string; prisma: PrismaClient; pid: number | undefined; stop: () => Promise<void> };

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before answering.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer ${url} within ${timeoutMs / 1000} s.`);
}

export async function startApp(options: { port: number; dataDir: string; quiet?: boolean }): Promise<RunningApp> {
  const url = `http://127.0.0.1:${options.port}`;
  const dataDir = path.resolve(options.dataDir);
  const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(options.port),
      APP_URL: url,
      PLAIDOYER_DATA_DIR: dataDir,
      AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: options.quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    detached: false,
  });
  await waitFor(`${url}/api/health`, child, 600_000);
  const databaseUrl = process.env.DATABASE_URL || findRunningEmbeddedDatabase(path.join(dataDir, "pglite"));
  if (!databaseUrl) throw new Error("The app is running but its embedded database is not reachable.");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  return {
    url,
    databaseUrl,
    prisma,
    pid: child.pid,
    async stop() {
      await prisma.$disconnect().catch(() => {});
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
