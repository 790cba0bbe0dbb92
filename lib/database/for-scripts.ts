// How a command-line script (user:create, reminders, backup…) reaches the database: DATABASE_URL
// when set; else the embedded database that `npm start` is serving; else it opens the embedded
// database itself, for as long as the script runs.
import path from "node:path";
import { findRunningEmbeddedDatabase, startEmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./migrate";

export function dataDir(): string {
  return path.resolve(process.env.PLAIDOYER_DATA_DIR || ".data");
}

export async function withScriptDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const pgliteDir = embeddedFolder();
  const running = findRunningEmbeddedDatabase(pgliteDir);
  if (running) return work(running);
  const embedded = await startEmbeddedDatabase({ dataDir: pgliteDir });
  try {
    await applyMigrations(embedded.url);
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}

/** The embedded database's folder, the one `npm start` serves when DATABASE_URL is unset. */
export function embeddedFolder(): string {
  return path.join(dataDir(), "pglite");
}
