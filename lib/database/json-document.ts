// Reading a record and its lists as one JSON document built by the database (`json_build_object`,
// `json_agg`), for the pages whose every statement Prisma would otherwise compile on each request
// (see lib/dashboard/queries.ts, lib/demands/queries.ts). JSON has no dates: the named keys are
// turned back into Date objects as Prisma gives them. A `date` column arrives as "YYYY-MM-DD",
// read as UTC midnight like Prisma's `@db.Date`; a `timestamptz` one with its offset.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Parses a JSON document, turning the values of `dateKeys` (at any depth) into Dates. */
function parseWithDates<T>(text: string, dateKeys: ReadonlySet<string>): T {
  return JSON.parse(text, (key, value) => (typeof value === "string" && dateKeys.has(key) ? new Date(value) : value)) as T;
}

/** Runs a statement that selects one `json` column named `document`; null when it finds no row. */
export async function readJsonDocument<T>(statement: Prisma.Sql, dateKeys: ReadonlySet<string>): Promise<T | null> {
  const [row] = await db.$queryRaw<{ document: string }[]>`SELECT document::text FROM (${statement}) AS found`;
  return row ? parseWithDates<T>(row.document, dateKeys) : null;
}
