import "server-only";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { getAllPublicMeetings, getFeedEntries } from "./cached";
import { buildMeetingsCalendar, buildTimelineAtom } from "./feeds";

export const FEED_LENGTH = 50;

// Feed readers may keep a copy, but must ask again: a withdrawn item leaves the feed at once.
const headers = (type: string) => ({ "Content-Type": type, "Cache-Control": "public, max-age=0, must-revalidate" });

export async function timelineFeedResponse(locale: Locale): Promise<Response> {
  const entries = await getFeedEntries(FEED_LENGTH);
  return new Response(buildTimelineAtom({ entries, locale, baseUrl: env().APP_URL }), { headers: headers("application/atom+xml; charset=utf-8") });
}

export async function meetingsCalendarResponse(): Promise<Response> {
  const meetings = await getAllPublicMeetings();
  return new Response(buildMeetingsCalendar({ meetings, baseUrl: env().APP_URL }), {
    headers: { ...headers("text/calendar; charset=utf-8"), "Content-Disposition": 'inline; filename="rencontres-publiques.ics"' },
  });
}
