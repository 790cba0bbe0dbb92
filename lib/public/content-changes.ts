import { db } from "@/lib/db";

/**
 * Counts one change of the public content in the database, where every instance of the app reads
 * it (scripts/lib/public-content-watch.mjs), and returns the new count. Called by
 * `revalidatePublicContent()` after the change is committed, so an instance that sees the new count
 * reads the changed data.
 */
export async function countPublicContentChange(): Promise<number> {
  const [row] = await db.$queryRaw<{ generation: number }[]>`
    UPDATE "PublicContentChange" SET "generation" = "generation" + 1, "changedAt" = now() WHERE "id" = 1 RETURNING "generation"`;
  return row.generation;
}
