// Measures a search on a large workspace: `npx tsx --conditions=react-server tests/bench/search-bench.ts [meetings]`.
// Fills an in-memory PGlite (or the server named by BENCH_DATABASE_URL, in a throwaway database is
// up to you) with generated French/English records, then times searches as a member and a coordinator.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startEmbeddedDatabase } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrate";

const N = Number(process.argv[2] || 20_000);
const WORDS_FR =
  "traite êtres humains victimes hébergement protection mineurs formation travailleurs sociaux préfets titre séjour instruction ministère intérieur cabinet conseiller plan national action collectif association délégation rapport recommandations enquête exploitation prostitution servitude domestique mendicité forcée".split(
    " ",
  );
const WORDS_EN = "trafficking victims housing protection minors training social workers residence permit ministry adviser national plan".split(" ");
const pick = (words: string[], n: number) => Array.from({ length: n }, () => words[Math.floor(Math.random() * words.length)]).join(" ");

async function main() {
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir: null });
  const url = process.env.BENCH_DATABASE_URL ?? embedded!.url;
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  await client.query(
    `INSERT INTO "Meeting"(id, "titleFr", "titleEn", "startsAt", kind, visibility, agenda, "summaryFr", report, "confidentialNotes", "updatedAt")
     SELECT 'bm' || g, $2 || g, $3, now() - (g || ' hours')::interval, 'GOVERNMENT',
       (ARRAY['PUBLIC','MEMBERS','COORDINATION'])[1 + g % 3]::"Visibility", $4, $5, repeat($6, 20), $7, now()
     FROM generate_series(1, $1::int) g`,
    [N, pick(WORDS_FR, 6), pick(WORDS_EN, 5), pick(WORDS_FR, 30), pick(WORDS_FR, 60), pick(WORDS_FR, 50) + " ", pick(WORDS_FR, 20)],
  );
  await client.query(
    `INSERT INTO "Demand"(id, "titleFr", "descriptionFr", "raisedOn", "statusDate", visibility, "updatedAt")
     SELECT 'bd' || g, $2 || g, $3, current_date, current_date, (ARRAY['PUBLIC','MEMBERS','COORDINATION'])[1 + g % 3]::"Visibility", now()
     FROM generate_series(1, $1::int) g`,
    [N, pick(WORDS_FR, 6), pick(WORDS_FR, 80)],
  );
  await client.query(
    `INSERT INTO "Letter"(id, direction, date, "subjectFr", "summaryFr", "updatedAt")
     SELECT 'bl' || g, 'SENT', current_date, $2 || g, $3, now() FROM generate_series(1, $1::int) g`,
    [N / 2, pick(WORDS_FR, 6), pick(WORDS_FR, 60)],
  );
  await client.query(`ANALYZE`);
  console.log(`Filled ${N} meetings, ${N} demands, ${N / 2} letters in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await client.end();

  process.env.DATABASE_URL = url;
  const { searchWorkspace } = await import("../../lib/search/queries");
  const { parseSearchRequest } = await import("../../lib/search/schema");
  const member = { id: "b", role: "MEMBER" as const, organisationId: null, name: "b", email: "b@example.org" };
  const coordinator = { ...member, role: "COORDINATOR" as const };
  for (const [who, actor] of [["member", member], ["coordinator", coordinator]] as const) {
    for (const q of ["traite", "hébergement des mineurs", "bm17", '"titre de séjour" -prostitution', "zzzznotthere"]) {
      await searchWorkspace(actor, parseSearchRequest({ q }), "fr"); // warm
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const result = await searchWorkspace(actor, parseSearchRequest({ q }), "fr");
        times.push(performance.now() - t0);
        hits = result.status === "ok" ? result.hits.length : -1;
      }
      times.sort((a, b) => a - b);
      console.log(`${who.padEnd(11)} ${JSON.stringify(q).padEnd(36)} hits ${String(hits).padStart(2)}  median ${times[2].toFixed(0)} ms  max ${times[4].toFixed(0)} ms`);
    }
  }
  const { db } = await import("../../lib/db");
  await db.$disconnect();
  await embedded?.stop();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
