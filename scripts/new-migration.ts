// Writes the SQL that takes the database from the committed migrations to prisma/schema.prisma,
// as a new migration folder: `npm run db:migration -- <name>`. Prisma diffs the datamodel as of the
// last migration (prisma/migrations/schema.snapshot.prisma) against the current one; its JS schema
// engine insists on a live connection, so it gets a throwaway in-memory PGlite, and the new SQL is
// proven by applying every migration to it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/database/embedded";
import { applyMigrations } from "../lib/database/migrate";

const SNAPSHOT = path.join("prisma", "migrations", "schema.snapshot.prisma");

async function main() {
  const name = (process.argv[2] || "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
  if (!name) throw new Error("Give the migration a name: npm run db:migration -- add_something");
  const db = await startEmbeddedDatabase({ dataDir: null });
  try {
    // Asynchronously: the embedded server runs in this very process and must keep answering.
    const { stdout: sql } = await promisify(execFile)(
      process.execPath,
      [
        "node_modules/prisma/build/index.js",
        "migrate",
        "diff",
        ...(existsSync(SNAPSHOT) ? ["--from-schema-datamodel", SNAPSHOT] : ["--from-empty"]),
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { env: { ...process.env, CHECKPOINT_DISABLE: "1", DATABASE_URL: db.url }, encoding: "utf8", timeout: 120_000 },
    );
    if (/empty migration/i.test(sql)) {
      console.log("The schema has not changed since the last migration.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    await applyMigrations(db.url);
    copyFileSync("prisma/schema.prisma", SNAPSHOT);
    await promisify(execFile)(process.execPath, ["scripts/prisma-generate.mjs"]);
    console.log(`Wrote ${folder}/migration.sql`);
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
