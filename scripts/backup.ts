// `npm run backup`: dumps the database (DATABASE_URL, else the embedded one) into BACKUP_DIR
// (default backups/) with a SHA-256 checksum file beside it.
import path from "node:path";
import { createBackup } from "../lib/backup/backup";
import { BackupError } from "../lib/backup/errors";
import { embeddedFolder } from "../lib/database/for-scripts";

async function main() {
  const backupDir = path.resolve(process.env.BACKUP_DIR || "backups");
  const target = process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { pgliteDir: embeddedFolder() };
  const { file, sha256 } = await createBackup(target, backupDir);
  console.log(`Backup written: ${file}\nSHA-256 ${sha256} (in ${path.basename(file)}.sha256)`);
}

main().catch((error) => {
  console.error(error instanceof BackupError ? error.message : `The backup failed: ${(error as Error).message}`);
  process.exit(1);
});
