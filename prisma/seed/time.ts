// Dates in the seed are written as the pages give them; these helpers turn them into what the
// schema stores: a UTC midnight for `@db.Date` fields, and the right UTC instant for a Paris
// wall-clock time (the offset is looked up, so summer and winter time are both right).

const PARIS = "Europe/Paris";

/** A calendar date for a `@db.Date` field: "2014-09-23" → 2014-09-23T00:00:00Z. */
export function day(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Not a calendar date: ${isoDate}`);
  return new Date(`${isoDate}T00:00:00Z`);
}

/** Minutes east of UTC that Paris is at the given instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: PARIS,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asIfUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asIfUtc - instant.getTime()) / 60_000);
}

/**
 * The instant of a Paris wall-clock time: parisTime("2014-10-23", "16:00") → 2014-10-23T14:00Z.
 * Without a time of day (the pages often give none), the meeting is put at 00:00 Paris time, so
 * that it falls on the right calendar day in Paris.
 */
export function parisTime(isoDate: string, hhmm = "00:00"): Date {
  const [hours, minutes] = hhmm.split(":").map(Number);
  const wallClockAsUtc = day(isoDate).getTime() + (hours * 60 + minutes) * 60_000;
  // Two passes: the offset of the guess, then of the corrected instant (right across a DST change).
  let instant = wallClockAsUtc - parisOffsetMinutes(new Date(wallClockAsUtc)) * 60_000;
  instant = wallClockAsUtc - parisOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}
