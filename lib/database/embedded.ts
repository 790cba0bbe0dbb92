// The embedded PostgreSQL: PGlite behind a PostgreSQL wire-protocol server on a loopback port, so
// that the app reaches it exactly as it reaches a real server (one data path: pg + adapter-pg).
// PGlite has no lock of its own: exactly one process may open a data folder, which `lockDataFolder`
// enforces with a pid file.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** Starts PGlite on `dataDir` (or in memory when null) and serves it on 127.0.0.1. */
export async function startEmbeddedDatabase(options: {
  dataDir: string | null;
  port?: number;
  maxConnections?: number;
}): Promise<EmbeddedDatabase> {
  let releaseLock = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    releaseLock = lockDataFolder(options.dataDir);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(options.dataDir ?? "memory://");
  } catch (error) {
    releaseLock();
    throw error;
  }
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    // The default of one connection makes concurrent clients fail with ECONNRESET.
    maxConnections: options.maxConnections ?? 24,
  });
  await server.start();
  const address = server.getServerConn(); // "127.0.0.1:PORT"
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop().catch(() => {});
      await db.close().catch(() => {});
      releaseLock();
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Claims `dataDir` for this process, or throws if another live process holds it. */
export function lockDataFolder(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "owner.pid");
  try {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (pid && pid !== process.pid && isRunning(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is already in use by process ${pid}: stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}
