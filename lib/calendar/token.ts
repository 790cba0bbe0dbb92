// The secret of a calendar feed link. Only its SHA-256 is stored (User.calendarToken): someone who
// reads the database cannot rebuild a working link, and so the link is shown once, when made.
// 256 random bits need no slow hash: nobody can guess them.
import { createHash, randomBytes } from "node:crypto";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as it may appear in a feed URL (".ics" allowed, as some calendar apps want), or null. */
export function readCalendarToken(segment: string): string | null {
  const token = segment.endsWith(".ics") ? segment.slice(0, -4) : segment;
  return TOKEN.test(token) ? token : null;
}
