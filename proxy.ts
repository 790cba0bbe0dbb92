// Two jobs, on the paths the matcher names and nowhere else:
// 1. The members' workspace answers a plain 503 page at once when the database is away
//    (lib/http/database-gate.ts), instead of every page failing on its own.
// 2. Timeline filters and pages come as a query string (a plain GET form, shareable links), but a
// query string would make the page dynamic. This proxy, which runs only on /timeline and
// /en/timeline when one of the timeline's own parameters is present, rewrites the request to a
// path holding the query in one canonical spelling, so that each view is rendered once and then
// served from the cache. Malformed values are dropped with a redirect to the nearest valid page.
import { NextResponse, type NextRequest } from "next/server";
import { databaseGate } from "@/lib/http/database-gate";
import { parseTimelineQuery, viewToQuery } from "@/lib/public/timeline-view";

const PUBLIC_TIMELINE = /^\/(en\/)?timeline$/;

export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  if (!PUBLIC_TIMELINE.test(url.pathname)) return (await databaseGate(request)) ?? NextResponse.next();
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
    "/dashboard/:path*",
    "/meetings/:path*",
    "/demands/:path*",
    "/actions/:path*",
    "/letters/:path*",
    "/statements/:path*",
    "/campaigns/:path*",
    "/organisations/:path*",
    "/institutions/:path*",
    "/people/:path*",
    "/documents/:path*",
    "/search/:path*",
    "/calendar/:path*",
    "/charts/:path*",
    "/publishing/:path*",
    "/accounts/:path*",
    "/account/:path*",
    "/audit/:path*",
    "/login",
  ],
};
