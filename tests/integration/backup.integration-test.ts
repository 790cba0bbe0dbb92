// Backups round-trip the demo seed: `npm run backup`, `npm run restore` into a fresh database,
// and every table holds the same rows, record for record — on a PostgreSQL server (when the run
// has one) and on the embedded database.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, test } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrate";
import { seedDemo } from "@/prisma/seed/demo";
import { fingerprint, sampleRows } from "../support/database-fingerprint";

const folders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(path.join(tmpdir(), "plaidoyer-backup-"));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs `npm run backup` / `npm run restore` as an operator would (tsx, fresh process). */
function run(script: "backup" | "restore", args: string[], env: Record<string, string | undefined>) {
  const { DATABASE_URL: _url, ...rest } = process.env;
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", `scripts/${script}.ts`, ...args], {
    env: { ...rest, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

const onlyFile = (dir: string, suffix: string) => {
  const found = readdirSync(dir).filter((name) => name.endsWith(suffix));
  expect(found).toHaveLength(1);
  return path.join(dir, found[0]);
};

function expectSameContents(source: Awaited<ReturnType<typeof fingerprint>>, restored: Awaited<ReturnType<typeof fingerprint>>) {
  expect(Object.keys(restored)).toEqual(Object.keys(source));
  for (const table of Object.keys(source)) {
    expect(restored[table], `table ${table}`).toEqual(source[table]);
  }
  // The seed is there, not an empty shell that would match another empty shell.
  expect(source.Meeting.rows).toBeGreaterThan(5);
  expect(source.User.rows).toBeGreaterThanOrEqual(3);
}

const onServer = inject("databaseKind") === "postgresql";

describe.skipIf(!onServer)("backups of a PostgreSQL server", () => {
  const sourceUrl = inject("databaseUrl");
  const created: string[] = [];
  async function freshDatabase(): Promise<string> {
    const name = `plaidoyer_restore_${Math.random().toString(16).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: sourceUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    created.push(name);
    const url = new URL(sourceUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: sourceUrl });
    await admin.connect();
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  test("a pg_dump backup of the seed restores into a fresh database, every record identical", async () => {
    const backupDir = scratch();
    const backup = run("backup", [], { DATABASE_URL: sourceUrl, BACKUP_DIR: backupDir });
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    const file = onlyFile(backupDir, ".dump");
    expect(readFileSync(`${file}.sha256`, "utf8")).toMatch(new RegExp(`^[0-9a-f]{64}  ${path.basename(file)}\\n$`));

    const target = await freshDatabase();
    const restore = run("restore", [file], { DATABASE_URL: target });
    expect(restore.stderr).toBe("");
    expect(restore.status).toBe(0);
    const [source, restored] = [await fingerprint(sourceUrl), await fingerprint(target)];
    expectSameContents(source, restored);
    expect(await sampleRows(target, "Meeting")).toEqual(await sampleRows(sourceUrl, "Meeting"));

    // The same file again into the now full database: refused, unless --force.
    const refused = run("restore", [file], { DATABASE_URL: target });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      "The database of DATABASE_URL already holds data: restore into an empty database, or add --force to replace its contents.",
    );
    const forced = run("restore", [file, "--force"], { DATABASE_URL: target });
    expect(forced.status).toBe(0);
    expectSameContents(source, await fingerprint(target));
  }, 120_000);

  test("a damaged backup is refused in one sentence and the database is not touched", async () => {
    const backupDir = scratch();
    expect(run("backup", [], { DATABASE_URL: sourceUrl, BACKUP_DIR: backupDir }).status).toBe(0);
    const file = onlyFile(backupDir, ".dump");
    appendFileSync(file, "tampered");
    const target = await freshDatabase();
    await applyMigrations(target);
    const before = await fingerprint(target);
    const restore = run("restore", [file, "--force"], { DATABASE_URL: target });
    expect(restore.status).toBe(1);
    expect(restore.stderr).toBe(
      `The backup ${file} is damaged or incomplete (its SHA-256 checksum does not match ${path.basename(file)}.sha256): nothing was restored.`,
    );
    expect(await fingerprint(target)).toEqual(before);
  }, 120_000);
});

describe("backups of the embedded database", () => {
  test("PGlite's own archive of the seed restores into a fresh folder, every record identical", async () => {
    const source = scratch();
    let database = await startEmbeddedDatabase({ dataDir: path.join(source, "pglite") });
    await applyMigrations(database.url);
    const prisma = createPrismaClient(database.url);
    await seedDemo(prisma);
    await prisma.$disconnect();
    const before = await fingerprint(database.url);

    // While a process serves the folder, neither backup nor restore touches it.
    const backupDir = scratch();
    const whileRunning = run("backup", [], { PLAIDOYER_DATA_DIR: source, BACKUP_DIR: backupDir });
    expect(whileRunning.status).toBe(1);
    expect(whileRunning.stderr).toMatch(/is in use by the running app: stop the app \(npm start\) first/);
    await database.stop();

    const backup = run("backup", [], { PLAIDOYER_DATA_DIR: source, BACKUP_DIR: backupDir });
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    const file = onlyFile(backupDir, ".pglite.tar.gz");
    expect(existsSync(`${file}.sha256`)).toBe(true);

    const target = scratch();
    const restore = run("restore", [file], { PLAIDOYER_DATA_DIR: target });
    expect(restore.stderr).toBe("");
    expect(restore.status).toBe(0);
    database = await startEmbeddedDatabase({ dataDir: path.join(target, "pglite") });
    try {
      expectSameContents(before, await fingerprint(database.url));
    } finally {
      await database.stop();
    }

    // A folder that holds a database is kept aside with --force, never overwritten silently.
    const again = run("restore", [file], { PLAIDOYER_DATA_DIR: target });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds an embedded database: move it away, or add --force/);
    const forced = run("restore", [file, "--force"], { PLAIDOYER_DATA_DIR: target });
    expect(forced.status).toBe(0);
    expect(readdirSync(target).filter((name) => name.startsWith("pglite.before-restore-"))).toHaveLength(1);
  }, 240_000);

  test("a damaged embedded backup is refused and the folder is not touched", async () => {
    const file = path.join(scratch(), "plaidoyer-x.pglite.tar.gz");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    writeFileSync(`${file}.sha256`, `${"0".repeat(64)}  ${path.basename(file)}\n`);
    const target = scratch();
    const restore = run("restore", [file], { PLAIDOYER_DATA_DIR: target });
    expect(restore.status).toBe(1);
    expect(restore.stderr).toMatch(/is damaged or incomplete \(its SHA-256 checksum does not match .*\): nothing was restored\.$/);
    expect(readdirSync(target)).toEqual([]);
  });
});
