import { connection } from "next/server";
import { writeCalendar } from "@/lib/calendar/ics";
import { findCalendarFeed } from "@/lib/calendar/queries";
import { readCalendarToken } from "@/lib/calendar/token";
import { env } from "@/lib/env";

// The same bare 404 for a malformed, unknown, revoked or deactivated link: no hint which it is.
const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  await connection();
  const token = readCalendarToken((await params).token);
  if (!token) return notFound();
  const feed = await findCalendarFeed(token);
  if (!feed) return notFound();
  return new Response(writeCalendar(feed, env().APP_URL), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="plaidoyer.ics"',
      // Private, and never kept by a shared cache, so that a revoked link stops at once.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
