import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { listMigrations } from "@/lib/database/migrate";

describe("the database", () => {
  test("every committed migration is applied and recorded for Prisma", async () => {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(listMigrations().map((m) => m.name));
  });

  test("a record written in a transaction that fails is not kept", async () => {
    const slug = `rollback-${Date.now()}`;
    await expect(
      db.$transaction(async (tx) => {
        await tx.organisation.create({ data: { name: "Éphémère", slug } });
        throw new Error("the second part failed");
      }),
    ).rejects.toThrow("the second part failed");
    expect(await db.organisation.findUnique({ where: { slug } })).toBeNull();
  });
});
