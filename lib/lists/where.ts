// Small builders for the `where` clauses of list queries.
import { visibleLevels, type Actor } from "@/lib/authz";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { TIME_ZONE } from "@/lib/i18n/format";

/** Case-insensitive `contains` (PostgreSQL ILIKE); undefined when there is nothing to search. */
export function containsText(q: string) {
  return q ? { contains: q, mode: "insensitive" as const } : undefined;
}

/** A date range from two "YYYY-MM-DD" days, both included; undefined when neither is given. */
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = new Date(`${from}T00:00:00Z`);
  if (to) range.lt = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
  return range;
}

/**
 * The visibility levels a list reads: those the actor may see, narrowed to the one the reader chose.
 * A level the actor may not see gives an empty `in`, hence no rows, never an error.
 */
export function visibilityIn(levels: Visibility[], chosen?: Visibility): { in: Visibility[] } {
  return { in: chosen ? levels.filter((level) => level === chosen) : levels };
}

/** For instants (timestamptz): the same days, from and to midnight in Paris. */
export function parisDayRange(from?: string, to?: string): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = parisMidnight(from);
  if (to) range.lt = parisMidnight(to, 1);
  return range;
}

function parisMidnight(day: string, plusDays = 0): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000;
  const zone = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(new Date(utcMidnight))
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(zone ?? "");
  const offsetMinutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utcMidnight - offsetMinutes * 60_000);
}

// Built once: constructing a formatter costs more than formatting with it (see lib/i18n/format.ts).
const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE });

/** Today's date in Paris, as a `@db.Date` value (UTC midnight) to compare date columns with. */
export function todayAsDate(now = new Date()): Date {
  const day = parisDay.format(now);
  return new Date(`${day}T00:00:00Z`);
}

/** Whole days from one date to a later one (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/**
 * A to-one link (the letter a meeting follows, a status change's source…) to a record the actor may
 * not see is dropped: it does not exist for them. (Prisma cannot filter a to-one relation in a select.)
 */
export function visibleLink<T extends { visibility: Visibility }>(actor: Actor, link: T | null): T | null {
  return link && visibleLevels(actor).includes(link.visibility) ? link : null;
}
