// Dates in the seed are written as the pages give them; these helpers turn them into what the
// schema stores: a UTC midnight for `@db.Date` fields, and the right UTC instant for a Paris
// wall-clock time, read as the meeting form reads one (lib/forms/fields.ts).
import { parisDateTimeToInstant } from "@/lib/forms/fields";

/** A calendar date for a `@db.Date` field: "2014-09-23" → 2014-09-23T00:00:00Z. */
export function day(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Not a calendar date: ${isoDate}`);
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * The instant of a Paris wall-clock time: parisTime("2014-10-23", "16:00") → 2014-10-23T14:00Z.
 * Without a time of day (the pages often give none), the meeting is put at 00:00 Paris time, so
 * that it falls on the right calendar day in Paris.
 */
export function parisTime(isoDate: string, hhmm = "00:00"): Date {
  const instant = parisDateTimeToInstant(`${day(isoDate).toISOString().slice(0, 10)}T${hhmm}`);
  if (!instant) throw new Error(`Not a Paris date and time: ${isoDate} ${hhmm}`);
  return instant;
}
