// The embedded PostgreSQL: PGlite behind a PostgreSQL wire-protocol server on a loopback port, so
// that the app reaches it exactly as it reaches a real server (one data path: pg + adapter-pg).
// PGlite has no lock of its own: exactly one process may open a data folder, which `lockDataFolder`
// enforces with a pid file.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
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
  const { db, releaseLock } = await openEmbeddedFolder(options.dataDir);
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    // The default of one connection makes concurrent clients fail with ECONNRESET.
    maxConnections: options.maxConnections ?? 24,
  });
  await server.start();
  const address = server.getServerConn(); // "127.0.0.1:PORT"
  const url = `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`;
  // Other commands (user:create, backups…) reach the running database through this address.
  if (options.dataDir) writeOwner(options.dataDir, { pid: process.pid, url });
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop().catch(() => {});
      await db.close().catch(() => {});
      releaseLock();
    },
  };
}

/**
 * Opens PGlite itself on `dataDir` (or in memory when null), after claiming the folder: for the
 * socket server above, and for the commands that need PGlite's own API (backup and restore).
 * `loadDataDir` fills a new folder from a `dumpDataDir()` archive.
 */
export async function openEmbeddedFolder(
  dataDir: string | null,
  options: { loadDataDir?: Blob } = {},
): Promise<{ db: PGlite; releaseLock: () => void }> {
  let releaseLock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = lockDataFolder(dataDir);
  }
  try {
    // The extensions our migrations create, as a Debian PostgreSQL server has them in contrib.
    const db = await PGlite.create(dataDir ?? "memory://", {
      extensions: { unaccent, pg_trgm },
      loadDataDir: options.loadDataDir,
    });
    return { db, releaseLock };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

type Owner = { pid: number; url?: string };
const ownerFile = (dataDir: string) => path.join(dataDir, "owner.json");

function readOwner(dataDir: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dataDir), "utf8")) as Owner;
    return owner.pid && isRunning(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

function writeOwner(dataDir: string, owner: Owner) {
  writeFileSync(ownerFile(dataDir), JSON.stringify(owner));
}

/** The address of the embedded database another live process is serving from `dataDir`, if any. */
export function findRunningEmbeddedDatabase(dataDir: string): string | null {
  const owner = readOwner(dataDir);
  return owner && owner.pid !== process.pid && owner.url ? owner.url : null;
}

/** Claims `dataDir` for this process, or throws if another live process holds it. */
export function lockDataFolder(dataDir: string): () => void {
  const owner = readOwner(dataDir);
  if (owner && owner.pid !== process.pid) {
    throw new Error(
      `The embedded database in ${dataDir} is already in use by process ${owner.pid}: stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
    );
  }
  writeOwner(dataDir, { pid: process.pid });
  return () => rmSync(ownerFile(dataDir), { force: true });
}
