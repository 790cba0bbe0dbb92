// The Content-Security-Policy of the pages the proxy does not reach: the public site served from
// Next's cache, the page for unknown addresses, next-auth's own pages. They cannot carry a nonce
// (a cached page is the same for everyone), so their policy lists the SHA-256 of each of their
// inline scripts and styles (docs/decisions/015). Next's handler writes into the response; for an
// HTML response that has no policy yet, this holds the body back, hashes what it holds and sends it
// with the policy. The policy is remembered per (address, ETag) — a cached page has the same body,
// hence the same ETag, every time — so a cache hit costs a map lookup and nothing is held back.
// Anything else (a policy already set by the proxy, not HTML, HEAD) passes untouched.
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { hashPolicy } from "../../lib/http/content-security-policy.mjs";

const POLICY = "content-security-policy";
const REMEMBERED_MAX = 500;

/** A small map that forgets its oldest entry past REMEMBERED_MAX. */
export const remembered = new Map();

function remember(key, policy) {
  remembered.set(key, policy);
  if (remembered.size > REMEMBERED_MAX) remembered.delete(remembered.keys().next().value);
}

/** A header's value, from writeHead's arguments (object or flat array) or from setHeader. */
function headerOf(response, headArgs, name) {
  const given = headArgs.find((arg, index) => index > 0 && arg !== null && typeof arg === "object");
  if (Array.isArray(given)) {
    const flat = given.flat();
    for (let i = 0; i + 1 < flat.length; i += 2) if (String(flat[i]).toLowerCase() === name) return String(flat[i + 1]);
  } else if (given) {
    for (const [key, value] of Object.entries(given)) if (key.toLowerCase() === name) return String(value);
  }
  const value = response.getHeader(name);
  return value === undefined ? undefined : String(value);
}

function decoded(body, encoding) {
  switch ((encoding ?? "").trim().toLowerCase()) {
    case "":
    case "identity":
      return body.toString("utf8");
    case "gzip":
      return gunzipSync(body).toString("utf8");
    case "br":
      return brotliDecompressSync(body).toString("utf8");
    case "deflate":
      return inflateSync(body).toString("utf8");
    default:
      return null;
  }
}

/**
 * Wraps `response` before Next's handler writes into it.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
export function withHashedPolicy(request, response) {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  /** @type {"undecided" | "pass" | "hold"} */
  let state = "undecided";
  let headArgs = [];
  let key = null;
  const chunks = [];

  const decide = (args) => {
    state = "pass";
    if (request.method === "HEAD") return;
    if (headerOf(response, args, POLICY) !== undefined) return;
    const status = Number(args[0] ?? response.statusCode);
    const etag = headerOf(response, args, "etag");
    key = etag ? `${request.url}\0${etag}` : null;
    const known = key && remembered.get(key);
    if (known) {
      // Also on a 304: the browser keeps the body it has, with the headers of this answer.
      response.setHeader(POLICY, known);
      return;
    }
    if (status === 304 || status === 204) return;
    if (!/^text\/html\b/i.test(headerOf(response, args, "content-type") ?? "")) return;
    state = "hold";
  };

  response.writeHead = function writeHead(...args) {
    if (state === "undecided") decide(args);
    if (state === "pass") return original.writeHead.apply(this, args);
    headArgs = args;
    return this;
  };

  const hold = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
  };

  response.write = function write(chunk, encoding, callback) {
    if (state === "undecided") this.writeHead(this.statusCode);
    if (state === "pass") return original.write.apply(this, [chunk, encoding, callback]);
    hold(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };

  response.end = function end(chunk, encoding, callback) {
    if (state === "undecided") this.writeHead(this.statusCode);
    if (state === "pass") return original.end.apply(this, [chunk, encoding, callback]);
    hold(chunk, encoding);
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    const body = Buffer.concat(chunks);
    const encodingHeader = headerOf(response, headArgs, "content-encoding");
    let html = null;
    try {
      html = decoded(body, encodingHeader);
    } catch {
      html = null;
    }
    // A body that cannot be read gets the policy of a page with no inline script at all.
    const policy = hashPolicy(html ?? "");
    if (key && html !== null) remember(key, policy);
    this.setHeader(POLICY, policy);
    state = "pass";
    original.writeHead.apply(this, headArgs.length > 0 ? headArgs : [this.statusCode]);
    return original.end.call(this, body, done);
  };
}
