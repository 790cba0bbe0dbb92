// Backups of the embedded database: PGlite's own archive of its data folder (`dumpDataDir`, a
// gzipped tar), made and restored by this process while it alone holds the folder. pg_dump cannot
// read PGlite through its socket (PGlite is PostgreSQL 18; Debian's pg_dump 15 refuses a newer
// server), and the owner of a running folder is the app, so both refuse while the app runs.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { findRunningEmbeddedDatabase, openEmbeddedFolder } from "@/lib/database/embedded";
import { BackupError } from "./errors";

function refuseWhileRunning(pgliteDir: string, what: "backed up" | "restored") {
  if (findRunningEmbeddedDatabase(pgliteDir)) {
    throw new BackupError(
      `The embedded database in ${pgliteDir} is in use by the running app: stop the app (npm start) first, then run this again; it can only be ${what} while no process holds it.`,
    );
  }
}

export async function dumpEmbeddedDatabase(pgliteDir: string, file: string): Promise<void> {
  refuseWhileRunning(pgliteDir, "backed up");
  if (!existsSync(pgliteDir) || readdirSync(pgliteDir).length === 0) {
    throw new BackupError(`There is no embedded database in ${pgliteDir} to back up.`);
  }
  const { db, releaseLock } = await openEmbeddedFolder(pgliteDir);
  try {
    const archive = await db.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await db.close().catch(() => {});
    releaseLock();
  }
}

/** Restores into `pgliteDir`; with `force`, a database already there is kept aside, never deleted. */
export async function restoreEmbeddedDatabase(pgliteDir: string, file: string, options: { force: boolean }): Promise<string | null> {
  refuseWhileRunning(pgliteDir, "restored");
  let keptAside: string | null = null;
  const holdsData = existsSync(pgliteDir) && readdirSync(pgliteDir).some((entry) => entry !== "owner.json");
  if (holdsData) {
    if (!options.force) {
      throw new BackupError(
        `The folder ${pgliteDir} already holds an embedded database: move it away, or add --force to keep it aside and restore in its place.`,
      );
    }
    keptAside = `${pgliteDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(pgliteDir, keptAside);
  }
  const archive = new Blob([readFileSync(file)]);
  const { db, releaseLock } = await openEmbeddedFolder(pgliteDir, { loadDataDir: archive });
  try {
    await db.query("SELECT 1");
  } finally {
    await db.close().catch(() => {});
    releaseLock();
  }
  return keptAside;
}
