import { connection } from "next/server";
import { db } from "@/lib/db";

// Answers within a few seconds whatever the database does: 200 when it answers, 503 when not.
export async function GET() {
  await connection();
  const database = await Promise.race([
    db.$queryRaw`SELECT 1`.then(() => "ok" as const),
    new Promise<"unavailable">((resolve) => setTimeout(() => resolve("unavailable"), 3_000).unref()),
  ]).catch(() => "unavailable" as const);
  const ok = database === "ok";
  return Response.json(
    { status: ok ? "ok" : "degraded", database },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
