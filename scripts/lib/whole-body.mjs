// Compression, ETags and the hashed Content-Security-Policy for the responses Next sends whole: a page
// or RSC payload served from its cache (the public site, docs/decisions/005) or prerendered at build.
// Next would gzip and hash such a body again on every request (measured on the 93 kB timeline: 0.5 ms
// for its ETag, about 1 ms for gzip, per request), and its policy would be hashed again too. Here all
// three are computed once per distinct body and remembered: the memo is keyed by the body itself, so
// it can only ever answer a body with its own gzip, ETag and policy. Browsers that accept brotli get
// it: at quality 6, the large timeline is 8.8 kB for gzip's 12.5 kB, made in about 2 ms; quality 11
// would save another 1.2 kB for 0.2 to 0.4 s of processor per body, which a burst of distinct pages
// (each new timeline view) would pay on this two-core machine. Streamed responses (pages
// rendered per request, route handlers) get their policy from ./hashed-policy.mjs when the proxy
// gave them none, and are compressed on the fly by `compression`. next.config.ts sets
// `compress: false` and `generateEtags: false`: this module does both (docs/decisions/016).
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import compression from "compression";
import fresh from "fresh";
import Negotiator from "negotiator";
import vary from "vary";
import { hashPolicy } from "../../lib/http/content-security-policy.mjs";
import { withHashedPolicy } from "./hashed-policy.mjs";
import { heldPage, pageKeeper } from "./public-page-cache.mjs";

const MIN_BYTES = 1024;
const MAX_REMEMBERED = 256;
const WHOLE_BODY_TYPES = /^(text\/html|text\/x-component)\b/;
const BROTLI_QUALITY = 6;

/** @type {Map<string, { etag: string, gzip: Buffer, brotli: Buffer, policy: string }>} least recently used first */
const remembered = new Map();

/** The body's ETag, gzip, brotli and hashed policy, computed on its first response and looked up afterwards. */
export function prepareWholeBody(body) {
  const known = remembered.get(body);
  if (known) {
    remembered.delete(body);
    remembered.set(body, known);
    return known;
  }
  const bytes = Buffer.from(body, "utf8");
  // Weak: the same validator names the identity and the compressed representations.
  const prepared = {
    etag: `W/"${createHash("sha256").update(bytes).digest("base64url").slice(0, 32)}"`,
    gzip: gzipSync(bytes, { level: 9 }),
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    policy: hashPolicy(body),
  };
  remembered.set(body, prepared);
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value);
  return prepared;
}

const compressStreams = compression();

/**
 * Sends a whole body with its remembered ETag, policy and brotli or gzip, or a 304 when the client holds that
 * ETag. `end` is the response's own `end`, past every wrapper.
 */
function sendWholeBody(request, response, body, end, callback) {
  const prepared = prepareWholeBody(body);
  vary(response, "Accept-Encoding");
  response.setHeader("ETag", prepared.etag);
  // A page rendered per request has the proxy's nonce policy; a cached one gets its hashes,
  // on a 304 too (the browser keeps the body it has, with the headers of this answer).
  if (response.getHeader("Content-Security-Policy") === undefined && String(response.getHeader("Content-Type")).startsWith("text/html")) {
    response.setHeader("Content-Security-Policy", prepared.policy);
  }
  if (fresh(request.headers, { etag: prepared.etag })) {
    response.statusCode = 304;
    response.removeHeader("Content-Type");
    response.removeHeader("Content-Length");
    return end.call(response, null, undefined, callback);
  }
  const encoding = new Negotiator(request).encoding(["br", "gzip", "identity"], { preferred: ["br", "gzip"] });
  const compressed = encoding === "br" ? prepared.brotli : encoding === "gzip" ? prepared.gzip : undefined;
  if (compressed) {
    // `compression` leaves a response that already has a Content-Encoding alone.
    response.setHeader("Content-Encoding", encoding);
    response.setHeader("Content-Length", compressed.length);
    return end.call(response, compressed, undefined, callback);
  }
  response.setHeader("Content-Length", Buffer.byteLength(body));
  return end.call(response, body, "utf8", callback);
}

/**
 * Answers a public page our server holds (./public-page-cache.mjs) without Next; otherwise runs
 * `handle()` (Next's handler for this request and response), where whole bodies get their
 * remembered gzip, ETag and policy (and a 304 when the client holds that ETag), and the public pages
 * among them are held; everything else goes through ./hashed-policy.mjs and `compression`. Each wraps
 * the response in turn, the last one first to see what Next writes: this module, then the hashed
 * policy, then compression.
 */
export function withWholeBodies(request, response, handle) {
  const page = heldPage(request);
  if (page) {
    for (const [name, value] of page.headers) response.setHeader(name, value);
    return sendWholeBody(request, response, page.body, response.end);
  }
  const keep = pageKeeper(request);
  compressStreams(request, response, () => {
    withHashedPolicy(request, response);
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
      if (!WHOLE_BODY_TYPES.test(String(response.getHeader("Content-Type") ?? ""))) return end.call(this, chunk, ...rest);
      keep(response, chunk);
      return sendWholeBody(request, response, chunk, end, rest.find((argument) => typeof argument === "function"));
    };
    handle();
  });
}
