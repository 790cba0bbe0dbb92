// `npx tsx --conditions=react-server bench/lib/explain-workspace.ts`: runs each workspace page's reads
// on the database (DATABASE_URL, or the embedded one of PLAIDOYER_DATA_DIR), then EXPLAINs every
// statement they sent and prints those whose plan reads a large table sequentially.
import pg from "pg";
import { withScriptDatabase } from "../../lib/database/for-scripts";

async function main() {
  await withScriptDatabase(async (databaseUrl) => {
    process.env.DATABASE_URL = databaseUrl;
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("../../lib/generated/prisma/client");
    const captured: { query: string; params: string }[] = [];
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }), log: [{ emit: "event", level: "query" }] });
    client.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
    (globalThis as { plaidoyerPrisma?: unknown }).plaidoyerPrisma = client;
    const { readWorkspacePages } = await import("./workspace-pages");
    const raw = new pg.Client({ connectionString: databaseUrl });
    await raw.connect();
    try {
      for (const [name, read] of Object.entries(await readWorkspacePages(client))) {
        captured.length = 0;
        const started = Date.now();
        await read();
        console.log(`\n## ${name}: ${captured.length} statements, ${Date.now() - started} ms`);
        for (const { query, params } of captured) {
          const plan = await raw.query(`EXPLAIN ANALYZE ${query}`, JSON.parse(params));
          const lines = plan.rows.map((row) => row["QUERY PLAN"] as string);
          const time = lines.find((line) => line.startsWith("Execution Time"));
          const seq = lines.filter((line) => /Seq Scan on "(Action|Meeting|Demand|DemandStatusChange|Letter|Commitment|Position|Person)"/.test(line));
          console.log(`- ${time} ${query.slice(0, 110).replace(/\s+/g, " ")}…`);
          for (const line of seq) console.log(`    SEQ: ${line.trim()}`);
          // EXPLAIN_PLANS=<part of a page's name>: the whole plan of that page's statements.
          if (process.env.EXPLAIN_PLANS && name.includes(process.env.EXPLAIN_PLANS)) for (const line of lines) console.log(`    ${line}`);
        }
      }
    } finally {
      await raw.end();
      await client.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
