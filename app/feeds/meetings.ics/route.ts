import { meetingsCalendarResponse } from "@/lib/public/feed-responses";

// Read at request time from the cached public read model (publishing expires it at once).
export const dynamic = "force-dynamic";

export function GET() {
  return meetingsCalendarResponse();
}
