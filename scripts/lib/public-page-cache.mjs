// Our web server keeps, for a few seconds, the public pages that Next serves from its own cache,
// and answers them again without going through Next. Next's cache hit still costs routing, its
// proxy matcher, rewrites and headers (about 1.4 ms of processor per request, measured): at 50
// connections on two cores its p99 stayed near 145 ms, where a static file answers in 44 ms
// (bench/README.md). A page is held only when Next said any cache may keep it (`s-maxage`, no
// `private`, no cookie set) and only for plain page loads (no React router header): what is held
// is exactly what Next would answer to anybody from its cache, for at most HOLD_MS.
// Publishing, withdrawing or editing anything public moves the public content's generation
// (lib/http/public-content-generation.mjs, moved by lib/public/revalidate.ts in the same process):
// every page held from before is dropped at once, and so is a page whose rendering began before the
// move (it is held with the generation it began in). docs/decisions/017 says why and what it does
// not cover.
import { publicContentGeneration } from "../../lib/http/public-content-generation.mjs";

export const HOLD_MS = 5_000;
const MAX_PAGES = 256;
// With MAX_PAGES, bounds what is held to 128 million characters; a public page is about 100,000.
const MAX_CHARACTERS = 500_000;
// Requests of Next's client router: their answer is a React payload, not the page.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
// Set per response by our server (./whole-body.mjs, ./serve.mjs) or by Node, never replayed.
const NOT_REPLAYED = new Set(["content-length", "content-encoding", "etag", "content-security-policy", "strict-transport-security", "date", "connection", "keep-alive", "transfer-encoding"]);

/** @type {Map<string, { body: string, headers: [string, string | number | string[]][], generation: number, until: number }>} least recently used first */
const held = new Map();

function holdable(request) {
  return request.method === "GET" && !ROUTER_HEADERS.some((name) => name in request.headers) && !/[?&]_rsc=/.test(request.url ?? "");
}

/**
 * The page held for this request, if any: its body and the headers Next sent with it, marked as a
 * cache hit (its first answer may have been Next's cache miss).
 */
export function heldPage(request) {
  if (!holdable(request)) return undefined;
  const page = held.get(request.url);
  if (!page) return undefined;
  if (page.generation !== publicContentGeneration() || page.until <= Date.now()) {
    held.delete(request.url);
    return undefined;
  }
  held.delete(request.url);
  held.set(request.url, page);
  return page;
}

/**
 * Called before Next handles the request; returns what to call with the response and its whole
 * body once Next has written it: the page is kept if it may be.
 */
export function pageKeeper(request) {
  if (!holdable(request)) return () => {};
  const generation = publicContentGeneration();
  return (response, body) => {
    if (response.statusCode !== 200 || body.length > MAX_CHARACTERS) return;
    if (response.getHeader("set-cookie") !== undefined) return;
    if (!/^text\/html\b/.test(String(response.getHeader("content-type") ?? ""))) return;
    const cacheControl = String(response.getHeader("cache-control") ?? "");
    if (!/\bs-maxage=\d/.test(cacheControl) || /\b(private|no-store|no-cache)\b/.test(cacheControl)) return;
    const headers = Object.entries(response.getHeaders())
      .filter(([name]) => !NOT_REPLAYED.has(name))
      .map(([name, value]) => [name, name === "x-nextjs-cache" ? "HIT" : value]);
    held.delete(request.url);
    held.set(request.url, { body, headers, generation, until: Date.now() + HOLD_MS });
    if (held.size > MAX_PAGES) held.delete(held.keys().next().value);
  };
}
