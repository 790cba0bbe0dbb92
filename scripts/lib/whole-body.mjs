// Compression and ETags for the responses Next sends whole: a page or RSC payload served from its
// cache (the public site, docs/decisions/005) or prerendered at build. Next would gzip and hash such
// a body again on every request (measured on the 93 kB timeline: 0.5 ms for its ETag, about 1 ms for
// gzip, per request). Here both are computed once per distinct body and remembered: the memo is keyed
// by the body itself, so it can only ever answer a body with its own gzip and ETag. Streamed
// responses (pages rendered per request, route handlers) are compressed on the fly by `compression`.
// next.config.ts sets `compress: false` and `generateEtags: false`: this module does both.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import accepts from "accepts";
import compression from "compression";
import fresh from "fresh";
import vary from "vary";

const MIN_BYTES = 1024;
const MAX_REMEMBERED = 256;
const WHOLE_BODY_TYPES = /^(text\/html|text\/x-component)\b/;

/** @type {Map<string, { etag: string, gzip: Buffer }>} least recently used first */
const remembered = new Map();

/** The body's ETag and gzip, computed on its first response and looked up afterwards. */
export function prepareWholeBody(body) {
  const known = remembered.get(body);
  if (known) {
    remembered.delete(body);
    remembered.set(body, known);
    return known;
  }
  const bytes = Buffer.from(body, "utf8");
  // Weak: the same validator names the identity and the gzip representation.
  const prepared = { etag: `W/"${createHash("sha256").update(bytes).digest("base64url").slice(0, 32)}"`, gzip: gzipSync(bytes, { level: 9 }) };
  remembered.set(body, prepared);
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value);
  return prepared;
}

const compressStreams = compression();

/**
 * Runs `handle()` (Next's handler for this request and response), where whole bodies get their remembered gzip and ETag (and a 304 when
 * the client holds that ETag); everything else goes through `compression`.
 */
export function withWholeBodies(request, response, handle) {
  compressStreams(request, response, () => {
    const write = response.write;
    const end = response.end;
    let streamed = false;
    response.write = function (...args) {
      streamed = true;
      return write.apply(this, args);
    };
    response.end = function (chunk, ...rest) {
      if (streamed || typeof chunk !== "string" || chunk.length < MIN_BYTES || response.headersSent || response.statusCode !== 200 || request.method !== "GET") {
        return end.call(this, chunk, ...rest);
      }
      const type = String(response.getHeader("Content-Type") ?? "");
      if (!WHOLE_BODY_TYPES.test(type)) return end.call(this, chunk, ...rest);
      const callback = rest.find((argument) => typeof argument === "function");
      const prepared = prepareWholeBody(chunk);
      vary(response, "Accept-Encoding");
      response.setHeader("ETag", prepared.etag);
      if (fresh(request.headers, { etag: prepared.etag })) {
        response.statusCode = 304;
        response.removeHeader("Content-Type");
        response.removeHeader("Content-Length");
        return end.call(this, null, undefined, callback);
      }
      if (accepts(request).encoding("gzip", "identity") === "gzip") {
        // `compression` leaves a response that already has a Content-Encoding alone.
        response.setHeader("Content-Encoding", "gzip");
        response.setHeader("Content-Length", prepared.gzip.length);
        return end.call(this, prepared.gzip, undefined, callback);
      }
      return end.call(this, chunk, ...rest);
    };
    handle();
  });
}
