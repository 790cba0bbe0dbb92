// What a database holds, table by table: its row count and a digest of every row, so that two
// databases can be compared record for record (used by the backup round trips).
import pg from "pg";

export type Fingerprint = Record<string, { rows: number; digest: string }>;

export async function fingerprint(databaseUrl: string): Promise<Fingerprint> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const result: Fingerprint = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: string; digest: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      result[name] = { rows: Number(rows[0].rows), digest: rows[0].digest ?? "" };
    }
    return result;
  } finally {
    await client.end();
  }
}

/** A few records read back by primary key, to show in a failure what differs. */
export async function sampleRows(databaseUrl: string, table: string, limit = 5): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT * FROM "${table}" ORDER BY 1 LIMIT ${limit}`);
    return rows;
  } finally {
    await client.end();
  }
}
