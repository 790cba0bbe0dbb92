// Counts the SQL statements the app's data functions send. Prisma's query events work with the
// pg driver adapter: a client with `log: query` is installed in place of the app's one (lib/db.ts
// reads it from globalThis on every use), and restored afterwards.
import { PrismaPg } from "@prisma/adapter-pg";
import { createPrismaClient } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";

const holder = globalThis as unknown as { plaidoyerPrisma?: PrismaClient };

export type QueryCounter = {
  /** The statements `run` sent, in order (transaction control included). */
  statements: (run: () => Promise<unknown>) => Promise<string[]>;
  count: (run: () => Promise<unknown>) => Promise<number>;
  client: PrismaClient;
  restore: () => Promise<void>;
};

export function installQueryCounter(databaseUrl: string): QueryCounter {
  let seen: string[] = [];
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => {
    seen.push(event.query);
  });
  const previous = holder.plaidoyerPrisma;
  holder.plaidoyerPrisma = client;
  const statements = async (run: () => Promise<unknown>) => {
    seen = [];
    await run();
    return seen;
  };
  return {
    client,
    statements,
    count: async (run) => (await statements(run)).length,
    async restore() {
      holder.plaidoyerPrisma = previous ?? createPrismaClient(databaseUrl);
      await client.$disconnect();
    },
  };
}
