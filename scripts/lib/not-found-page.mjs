// Next 16 answers a page that calls notFound() with an empty document (`<html id="__next_error__">`):
// the not-found text is only in its React payload, drawn once the page's JavaScript has run (Next
// issues #62228 and #95613, still open in 16.4). Without JavaScript, and for a crawler, the 404 is
// blank. An address that no route matches gets the global not-found page instead
// (app/global-not-found.tsx), rendered in full and prerendered by `next build`. ./hashed-policy.mjs
// holds every HTML answer that the proxy gave no policy, which means the public site and unknown
// addresses. It sends that page in place of the empty document. The page is readable without
// JavaScript, and it is the same for an entry that never existed and one that is hidden. Its scripts
// are left out: a page of text and links needs none, and without them no policy can refuse it. The
// workspace's 404s carry the proxy's nonce policy and are left to Next: a signed-in member's browser
// draws them inside the workspace's frame.
import { readFileSync } from "node:fs";
import path from "node:path";

const EMPTY_DOCUMENT = Buffer.from('<!DOCTYPE html><html id="__next_error__">');

/** @type {Buffer | null | undefined} undefined until read; null when the build has none. */
let page;

function notFoundPage() {
  if (page === undefined) {
    try {
      const html = readFileSync(path.join(process.cwd(), ".next", "server", "app", "_not-found.html"), "utf8");
      page = Buffer.from(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link\b[^>]*\bas="script"[^>]*>/g, ""));
    } catch {
      page = null;
    }
  }
  return page;
}

/**
 * The body to send with `status`: the global not-found page (`page`, by default the build's) in place
 * of Next's empty document, else `body` itself.
 * @param {number} status @param {Buffer} body @param {Buffer | null} [page]
 */
export function readableBody(status, body, page) {
  if (status !== 404 || !body.subarray(0, EMPTY_DOCUMENT.length).equals(EMPTY_DOCUMENT)) return body;
  return (page === undefined ? notFoundPage() : page) ?? body;
}
