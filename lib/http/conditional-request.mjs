// Whether a client already holds the current copy of a response, so that a 304 may answer it: the
// rule our server applies to cached pages (`fresh`, in scripts/lib/whole-body.mjs), for route
// handlers that set their own validator. A request sent with "Cache-Control: no-cache" (a reload)
// always gets the whole response.
import fresh from "fresh";

/**
 * @param {Headers} request the request's headers
 * @param {string} etag the ETag the response would carry
 */
export function holdsCurrentCopy(request, etag) {
  const header = (name) => request.get(name) ?? undefined;
  return fresh({ "if-none-match": header("if-none-match"), "if-modified-since": header("if-modified-since"), "cache-control": header("cache-control") }, { etag });
}
