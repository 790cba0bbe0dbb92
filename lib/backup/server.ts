// Backups of a PostgreSQL server database: pg_dump's custom format, restored by pg_restore in one
// transaction (all or nothing) into the database of DATABASE_URL.
import pg from "pg";
import { BackupError } from "./errors";
import { libpqConnection, pgProgram, runPgProgram } from "./pg-tools";

export async function dumpServerDatabase(databaseUrl: string, file: string): Promise<void> {
  const { dbname, env } = libpqConnection(databaseUrl);
  // No owners nor grants: the dump restores into a database owned by another role.
  await runPgProgram(pgProgram("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${dbname}`], env);
}

/** The user tables of the database and how many rows they hold in all. */
async function contents(databaseUrl: string): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`The database of DATABASE_URL cannot be reached (${(error as Error).message}): nothing was restored.`);
  }
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
       WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename <> '_prisma_migrations'`,
    );
    let rows = 0;
    for (const table of tables) {
      const { rows: found } = await client.query(`SELECT 1 FROM ${table.name} LIMIT 1`);
      rows += found.length;
    }
    return { tables: tables.length, rows };
  } finally {
    await client.end();
  }
}

export async function restoreServerDatabase(databaseUrl: string, file: string, options: { force: boolean }): Promise<void> {
  const before = await contents(databaseUrl);
  if (before.rows > 0 && !options.force) {
    throw new BackupError(
      "The database of DATABASE_URL already holds data: restore into an empty database, or add --force to replace its contents.",
    );
  }
  const { dbname, env } = libpqConnection(databaseUrl);
  const args = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${dbname}`];
  // Tables already there (a migrated but empty database, or --force): drop them first, in the
  // same transaction, so that a failure leaves the database as it was.
  if (before.tables > 0) args.push("--clean", "--if-exists");
  await runPgProgram(pgProgram("pg_restore"), [...args, file], env);
}
