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
    // Fail fast when the database is away, so pages can answer 503 instead of hanging.
    connectionTimeoutMillis: 3_000,
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
