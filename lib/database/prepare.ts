// Brings a database up to date before the app serves it: migrations, then the demo data on an
// empty database (unless PLAIDOYER_DEMO=false).
import { applyMigrations } from "./migrate";
import { createPrismaClient } from "@/lib/db";
import { seedDemo, DEMO_ACCOUNTS } from "@/prisma/seed/demo";

export async function prepareDatabase(options: { databaseUrl: string; demo: boolean }): Promise<void> {
  const applied = await applyMigrations(options.databaseUrl);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  if (!options.demo) return;
  const prisma = createPrismaClient(options.databaseUrl);
  try {
    if ((await prisma.user.count()) > 0) return;
    console.log("Seeding the demo data from the coalition's public history…");
    await seedDemo(prisma);
    console.log("\nDemo accounts (password: plaidoyer-demo):");
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(24)} ${account.role}`);
    console.log("");
  } finally {
    await prisma.$disconnect();
  }
}
