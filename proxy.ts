// Timeline filters and pages come as a query string (a plain GET form, shareable links), but a
// query string would make the page dynamic. This proxy, which runs only on /timeline and
// /en/timeline when one of the timeline's own parameters is present, rewrites the request to a
// path holding the query in one canonical spelling, so that each view is rendered once and then
// served from the cache. Malformed values are dropped with a redirect to the nearest valid page.
import { NextResponse, type NextRequest } from "next/server";
import { parseTimelineQuery, viewToQuery } from "@/lib/public/timeline-view";

export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const lang = url.pathname.startsWith("/en/") ? "en" : "fr";
  const canonical = viewToQuery(parseTimelineQuery(url.searchParams));
  const asked = new URLSearchParams(url.searchParams);
  asked.delete("_rsc");
  if (asked.toString() !== canonical) {
    const target = url.clone();
    target.search = canonical;
    return NextResponse.redirect(target, 308);
  }
  const target = url.clone();
  target.pathname = `/${lang}/timeline/v/${encodeURIComponent(canonical)}`;
  target.search = "";
  return NextResponse.rewrite(target);
}

// Written out: Next reads the matcher statically.
export const config = {
  matcher: [
    { source: "/timeline", has: [{ type: "query", key: "year" }] },
    { source: "/timeline", has: [{ type: "query", key: "institution" }] },
    { source: "/timeline", has: [{ type: "query", key: "campaign" }] },
    { source: "/timeline", has: [{ type: "query", key: "theme" }] },
    { source: "/timeline", has: [{ type: "query", key: "after" }] },
    { source: "/en/timeline", has: [{ type: "query", key: "year" }] },
    { source: "/en/timeline", has: [{ type: "query", key: "institution" }] },
    { source: "/en/timeline", has: [{ type: "query", key: "campaign" }] },
    { source: "/en/timeline", has: [{ type: "query", key: "theme" }] },
    { source: "/en/timeline", has: [{ type: "query", key: "after" }] },
  ],
};
