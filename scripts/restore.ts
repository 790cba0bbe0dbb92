// `npm run restore FILE [--force]`: verifies FILE against FILE.sha256, then restores it into the
// database of DATABASE_URL (refusing one that holds data, unless --force) or, without
// DATABASE_URL, into the embedded database's folder (refusing while the app runs).
import path from "node:path";
import { restoreBackup } from "../lib/backup/backup";
import { BackupError } from "../lib/backup/errors";
import { embeddedFolder } from "../lib/database/for-scripts";

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((arg) => !arg.startsWith("--"));
  if (files.length !== 1) throw new BackupError("Usage: npm run restore -- FILE [--force]");
  const file = path.resolve(files[0]);
  const target = process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { pgliteDir: embeddedFolder() };
  const { keptAside } = await restoreBackup(target, file, { force });
  console.log(`Restored ${file}${"databaseUrl" in target ? " into the database of DATABASE_URL" : ` into ${target.pgliteDir}`}.`);
  if (keptAside) console.log(`The database that was there is kept in ${keptAside}.`);
}

main().catch((error) => {
  console.error(error instanceof BackupError ? error.message : `The restore failed: ${(error as Error).message}`);
  process.exit(1);
});
