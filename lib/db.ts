// The one Prisma client, created on first use (never at build time), on the pg driver adapter:
// the same path for the embedded database and a real PostgreSQL server.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { plaidoyerPrisma?: PrismaClient };

export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: 10,
    // pg counts in this timeout the wait for a free pooled connection too: at 3 s, a burst of 40
    // page views on the embedded database (which serialises queries) failed with 500s. A stopped
    // server refuses at once whatever this is; a hung one is caught by the gate
    // (lib/http/database-gate.ts) in 2 s.
    connectionTimeoutMillis: 15_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  globalForPrisma.plaidoyerPrisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.plaidoyerPrisma;
}

/** The application's database client; connects lazily on first query. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
