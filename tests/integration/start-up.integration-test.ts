import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { applyMigrations, listMigrations } from "@/lib/database/migrate";
import { readOrCreateSecret } from "@/scripts/lib/secret";

const folders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(path.join(tmpdir(), "plaidoyer-"));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const tsx = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", ...args], { env, encoding: "utf8", timeout: 60_000 });

describe("starting the app", () => {
  test("on a PostgreSQL server without AUTH_SECRET it refuses with one clear sentence", () => {
    const { DATABASE_URL: _url, AUTH_SECRET: _secret, ...rest } = process.env;
    const result = tsx(["scripts/start.ts"], { ...rest, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^AUTH_SECRET must be set to a random string of at least 32 characters when DATABASE_URL is set/);
  });

  test("the embedded quick start generates its secret once and keeps it", () => {
    const file = path.join(scratch(), "auth-secret");
    const first = readOrCreateSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readOrCreateSecret(file)).toBe(first);
  });

  test("a second process cannot open an embedded data folder that is in use", async () => {
    const dataDir = path.join(scratch(), "pglite");
    const database = await startEmbeddedDatabase({ dataDir });
    try {
      const result = tsx(
        ["-e", `import("./lib/database/embedded.ts").then(m => m.startEmbeddedDatabase({ dataDir: ${JSON.stringify(dataDir)} })).then(() => process.exit(0), e => { console.error(e.message); process.exit(3); })`],
        process.env,
      );
      expect(result.status).toBe(3);
      expect(result.stderr).toContain("is already in use by process");
    } finally {
      await database.stop();
    }
  });

  test("migrations apply once: a second run applies nothing and the data stays", async () => {
    const dataDir = path.join(scratch(), "pglite");
    let database = await startEmbeddedDatabase({ dataDir });
    expect(await applyMigrations(database.url)).toEqual(listMigrations().map((m) => m.name));
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`INSERT INTO "Organisation" (id, name, slug, "updatedAt") VALUES ('kept', 'Kept', 'kept', now())`);
    await client.end();
    await database.stop();

    database = await startEmbeddedDatabase({ dataDir });
    try {
      expect(await applyMigrations(database.url)).toEqual([]);
      const again = new pg.default.Client({ connectionString: database.url });
      await again.connect();
      const { rows } = await again.query(`SELECT name FROM "Organisation" WHERE id = 'kept'`);
      await again.end();
      expect(rows).toEqual([{ name: "Kept" }]);
    } finally {
      await database.stop();
    }
  });
});
