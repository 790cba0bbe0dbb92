// The Content-Security-Policy of every page, in two forms (docs/decisions/015):
// - pages rendered per request get a fresh nonce from proxy.ts, which Next stamps on every script
//   and style it emits; the chunks those scripts load come from 'self'. No 'strict-dynamic': in
//   Chromium it lets any script element created from the DOM run, inline ones included, so a
//   script injected by a DOM XSS would run (measured; docs/decisions/015);
// - pages served from the cache (the public site) cannot carry a nonce: scripts/lib/serve.mjs
//   lists the SHA-256 of each inline <script> and <style> of the HTML it sends instead.
// Neither form allows 'unsafe-inline' or 'unsafe-eval' for scripts in production.
// Plain JavaScript: scripts/lib/serve.mjs imports it without a loader (types in the .d.mts).
import { createHash } from "node:crypto";

/** True when the app is served over HTTPS (APP_URL): HSTS and upgrade-insecure-requests. */
export function servedOverHttps(appUrl = process.env.APP_URL) {
  return typeof appUrl === "string" && appUrl.startsWith("https://");
}

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * @param {{ scripts: string[]; styles: string[]; https: boolean; dev?: boolean }} sources
 */
function policy({ scripts, styles, https, dev = false }) {
  const directives = [
    "default-src 'self'",
    // 'self': Next's chunks, loaded by its nonced (or hashed) scripts; inline ones need the nonce or a hash.
    ["script-src 'self'", ...scripts, ...(dev ? ["'unsafe-eval'"] : [])].join(" "),
    // Development: Next injects its styles from JavaScript (hot reload) without a nonce.
    ["style-src 'self'", ...(dev ? ["'unsafe-inline'"] : styles)].join(" "),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of a page rendered per request.
 * @param {string} nonce
 * @param {{ https?: boolean; dev?: boolean }} [options]
 */
export function noncePolicy(nonce, { https = servedOverHttps(), dev = process.env.NODE_ENV === "development" } = {}) {
  const source = `'nonce-${nonce}'`;
  return policy({ scripts: [source], styles: [source], https, dev });
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const HAS_SRC = /\ssrc\s*=/i;

/** 'sha256-…' of a text as the browser hashes it (UTF-8). */
export function sha256Source(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The hashes of the inline scripts (those without src) and inline styles of an HTML document.
 * @param {string} html
 */
export function inlineHashes(html) {
  const scripts = new Set();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (!HAS_SRC.test(attributes)) scripts.add(sha256Source(body));
  }
  const styles = new Set();
  for (const [, body] of html.matchAll(INLINE_STYLE)) styles.add(sha256Source(body));
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The policy of a page sent without a nonce: its own inline scripts and styles by hash, nothing else.
 * @param {string} html
 * @param {{ https?: boolean }} [options]
 */
export function hashPolicy(html, { https = servedOverHttps() } = {}) {
  const { scripts, styles } = inlineHashes(html);
  return policy({ scripts, styles, https });
}
