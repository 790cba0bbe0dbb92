// The Content-Security-Policy of the pages the proxy does not reach and that are not sent whole
// (./whole-body.mjs gives those theirs, once per body): the page for unknown addresses, error pages,
// next-auth's own pages. They cannot carry a nonce, so their policy lists the SHA-256 of each of
// their inline scripts and styles (docs/decisions/015). Next's handler writes into the response;
// for an HTML response that has no policy yet, this holds the body back, hashes it and sends it with
// the policy. It sits before compression (serve.mjs), so it reads the body as Next wrote it.
// Anything else (a policy already set, not HTML, HEAD, 304) passes untouched. A 404 that is Next's
// empty document gets the global not-found page instead (./not-found-page.mjs).
import { hashPolicy } from "../../lib/http/content-security-policy.mjs";
import { readableBody } from "./not-found-page.mjs";

const POLICY = "content-security-policy";

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
  const chunks = [];

  const decide = (args) => {
    state = "pass";
    if (request.method === "HEAD") return;
    if (headerOf(response, args, POLICY) !== undefined) return;
    const status = Number(args[0] ?? response.statusCode);
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
    const held = Buffer.concat(chunks);
    const body = readableBody(Number(headArgs[0] ?? this.statusCode), held);
    if (body !== held) this.removeHeader("Content-Length");
    // A body already encoded cannot be read: it gets the policy of a page with no inline script.
    const encoded = (headerOf(response, headArgs, "content-encoding") ?? "identity") !== "identity";
    this.setHeader(POLICY, hashPolicy(encoded ? "" : body.toString("utf8")));
    // The whole body is known now: its length lets compression skip a small one.
    if (headerOf(response, headArgs, "content-length") === undefined) this.setHeader("Content-Length", body.length);
    state = "pass";
    original.writeHead.apply(this, headArgs.length > 0 ? headArgs : [this.statusCode]);
    return original.end.call(this, body, done);
  };
}
