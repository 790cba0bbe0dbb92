// One migrated database, seeded with the demo data, for the whole integration run.
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/demo";
import { createTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: string;
    /** The PostgreSQL server the run was given (DATABASE_URL), or "" when it runs on PGlite. */
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("integration");
  const prisma = createPrismaClient(database.url);
  await seedDemo(prisma);
  await prisma.$disconnect();
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  project.provide("serverUrl", process.env.DATABASE_URL ?? "");
  console.log(`Integration tests on ${database.kind === "pglite" ? "embedded PGlite" : "PostgreSQL server"}`);
  return async () => {
    await database.drop();
  };
}
