// Three jobs, on the paths the matcher names and nowhere else:
// 1. Every page rendered per request (the members' workspace, sign-in, invitation and password
//    pages) gets a Content-Security-Policy with a fresh nonce: set on the request, Next stamps it
//    on every script and style it emits; set on the response, the browser enforces it. The cached
//    public pages never come here (a cached page cannot carry a per-request nonce): serve.mjs gives
//    them the hashes of their inline scripts instead (docs/decisions/015).
// 2. The members' workspace answers a plain 503 page at once when the database is away
//    (lib/http/database-gate.ts), instead of every page failing on its own.
// 3. Timeline filters and pages come as a query string (a plain GET form, shareable links), but a
// query string would make the page dynamic. This proxy, which runs only on /timeline and
// /en/timeline when one of the timeline's own parameters is present, rewrites the request to a
// path holding the query in one canonical spelling, so that each view is rendered once and then
// served from the cache. Malformed values are dropped with a redirect to the nearest valid page.
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, noncePolicy } from "@/lib/http/content-security-policy.mjs";
import { databaseGate } from "@/lib/http/database-gate";
import { parseTimelineQuery, viewToQuery } from "@/lib/public/timeline-view";

const PUBLIC_TIMELINE = /^\/(en\/)?timeline$/;

export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  if (!PUBLIC_TIMELINE.test(url.pathname)) return (await databaseGate(request)) ?? withNonce(request);
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

/** The request goes on with a nonce policy that Next reads while rendering; the response carries it. */
function withNonce(request: NextRequest): NextResponse {
  const policy = noncePolicy(createNonce());
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Written out: Next reads the matcher statically. Every page outside app/(public) is listed here
// (tests/e2e/content-security-policy.spec.ts checks it against the build's list of pages).
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
    "/help/:path*",
    "/login",
    "/invitation/:path*",
    "/password/:path*",
  ],
};
