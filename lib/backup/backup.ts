// `npm run backup` and `npm run restore FILE`: which database, which format, where the file goes.
// A server (DATABASE_URL) is dumped by pg_dump; the embedded database by PGlite itself.
import { mkdirSync, openSync, readSync, closeSync } from "node:fs";
import path from "node:path";
import { verifyChecksum, writeChecksum } from "./checksum";
import { dumpEmbeddedDatabase, restoreEmbeddedDatabase } from "./embedded";
import { BackupError } from "./errors";
import { dumpServerDatabase, restoreServerDatabase } from "./server";

export type Target = { databaseUrl: string } | { pgliteDir: string };

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15); // 20260101-093000
}

export async function createBackup(target: Target, backupDir: string, now = new Date()): Promise<{ file: string; sha256: string }> {
  mkdirSync(backupDir, { recursive: true });
  const file =
    "databaseUrl" in target
      ? path.join(backupDir, `plaidoyer-${stamp(now)}.dump`)
      : path.join(backupDir, `plaidoyer-${stamp(now)}.pglite.tar.gz`);
  if ("databaseUrl" in target) await dumpServerDatabase(target.databaseUrl, file);
  else await dumpEmbeddedDatabase(target.pgliteDir, file);
  return { file, sha256: await writeChecksum(file) };
}

type BackupKind = "pg_dump" | "pglite";

/** pg_dump's custom format starts with "PGDMP"; PGlite's archive is gzip. */
function kindOf(file: string): BackupKind | null {
  const head = Buffer.alloc(5);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "PGDMP") return "pg_dump";
  if (head[0] === 0x1f && head[1] === 0x8b) return "pglite";
  return null;
}

export async function restoreBackup(target: Target, file: string, options: { force: boolean }): Promise<{ keptAside: string | null }> {
  await verifyChecksum(file);
  const kind = kindOf(file);
  if ("databaseUrl" in target) {
    if (kind !== "pg_dump") {
      throw new BackupError(`${file} is not a pg_dump backup of a server: a server (DATABASE_URL) restores only those; unset DATABASE_URL to restore an embedded backup.`);
    }
    await restoreServerDatabase(target.databaseUrl, file, options);
    return { keptAside: null };
  }
  if (kind !== "pglite") {
    throw new BackupError(`${file} is not a backup of the embedded database: set DATABASE_URL to restore a pg_dump backup into a PostgreSQL server.`);
  }
  return { keptAside: await restoreEmbeddedDatabase(target.pgliteDir, file, options) };
}
