// A fresh, migrated database for a test run: a throwaway database on the PostgreSQL server named by
// DATABASE_URL when there is one, otherwise an in-memory embedded PGlite.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrate";

export type TestDatabase = { url: string; kind: "postgresql" | "pglite"; drop: () => Promise<void> };

/** `serverUrl`: the PostgreSQL server to make it on; null for an in-memory embedded PGlite. */
export async function createTestDatabase(label: string, serverUrl: string | null = process.env.DATABASE_URL ?? null): Promise<TestDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase({ dataDir: null });
    await applyMigrations(embedded.url);
    return { url: embedded.url, kind: "pglite", drop: embedded.stop };
  }
  const name = `plaidoyer_${label}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    kind: "postgresql",
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
