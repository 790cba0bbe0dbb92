// `npm run seed:large [-- --scale 1]`: adds a synthetic history a hundred times the coalition's on
// top of the demo data (demo accounts kept, so the benchmark can sign in). Deterministic: the same
// scale gives the same rows. Refuses to run twice on one database.
import { parseArgs } from "node:util";
import { withScriptDatabase } from "../lib/database/for-scripts";

async function main() {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, prefix: { type: "string", default: "lg" } } });
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 10)) throw new Error("--scale must be a number between 0 and 10 (1 = a hundred times the coalition).");
  await withScriptDatabase(async (databaseUrl) => {
    process.env.DATABASE_URL = databaseUrl;
    const { prepareDatabase } = await import("../lib/database/prepare");
    const { createPrismaClient } = await import("../lib/db");
    const { seedLarge } = await import("../prisma/seed/large");
    await prepareDatabase({ databaseUrl, demo: true });
    const db = createPrismaClient(databaseUrl);
    try {
      if (await db.organisation.findFirst({ where: { id: { startsWith: `${values.prefix}-` } }, select: { id: true } })) {
        console.log(`A synthetic history "${values.prefix}" is already there: nothing done.`);
        return;
      }
      const started = Date.now();
      const counts = await seedLarge(db, { scale, prefix: values.prefix!, log: (line) => console.log(`  ${line}`) });
      console.log(`Added in ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
