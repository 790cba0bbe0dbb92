// The two forms of the Content-Security-Policy (docs/decisions/015): the nonce policy proxy.ts sets
// on pages rendered per request, and the hash policy serve.mjs gives the HTML the proxy does not
// reach and that are not sent whole (the cached pages' policy is tested in whole-body.test.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createNonce, hashPolicy, inlineHashes, noncePolicy, servedOverHttps } from "@/lib/http/content-security-policy.mjs";
import { databaseUnavailableResponse } from "@/lib/http/database-gate";
import { withWholeBodies } from "@/scripts/lib/whole-body.mjs";

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.split(" ")[0] === name);

// Known SHA-256 values (base64), computed outside this code.
const EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const PUSH = "'sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU='";
const RED = "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='";

describe("the nonce policy", () => {
  test("scripts need the nonce, nothing inline or evaluated; no framing, plugins, foreign forms or base", () => {
    const policy = noncePolicy("abc123==", { https: false, dev: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123=='");
    // Not 'strict-dynamic': Chromium would then run any script element built from the DOM.
    expect(policy).not.toContain("strict-dynamic");
    expect(directive(policy, "style-src")).toBe("style-src 'self' 'nonce-abc123=='");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    for (const expected of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data: blob:", "connect-src 'self'"]) {
      expect(policy.split("; ")).toContain(expected);
    }
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  test("upgrade-insecure-requests only when served over https; 'unsafe-eval' only in development", () => {
    expect(noncePolicy("n", { https: true, dev: false }).split("; ")).toContain("upgrade-insecure-requests");
    const dev = noncePolicy("n", { https: false, dev: true });
    expect(directive(dev, "script-src")).toBe("script-src 'self' 'nonce-n' 'unsafe-eval'");
    expect(servedOverHttps("https://plaidoyer.example.org")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });

  test("every nonce is new: 128 random bits", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of [...nonces].slice(0, 10)) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("the hash policy", () => {
  const page = `<!DOCTYPE html><html><head><style>body{color:red}</style><script src="/_next/static/chunks/a.js" async=""></script></head>
<body><p>&lt;script&gt;alert(2)&lt;/script&gt;</p><script>self.__next_f.push([0])</script><SCRIPT type="text/javascript">alert(1)</SCRIPT ><script></script></body></html>`;

  test("lists the SHA-256 of each inline script and style, not of scripts loaded by src nor of escaped text", () => {
    expect(inlineHashes(page)).toEqual({ scripts: [PUSH, ALERT, EMPTY], styles: [RED] });
    const policy = hashPolicy(page, { https: false });
    expect(directive(policy, "script-src")).toBe(`script-src 'self' ${PUSH} ${ALERT} ${EMPTY}`);
    expect(directive(policy, "style-src")).toBe(`style-src 'self' ${RED}`);
    expect(policy).not.toContain("unsafe");
    expect(policy).not.toContain("strict-dynamic");
    expect(policy.split("; ")).toContain("frame-ancestors 'none'");
  });

  test("the database gate's 503 page allows its own inline style by hash", async () => {
    const response = databaseUnavailableResponse(new Request("http://localhost/dashboard"));
    const policy = response.headers.get("content-security-policy")!;
    const [style] = inlineHashes(await response.text()).styles;
    expect(directive(policy, "style-src")).toBe(`style-src 'self' ${style}`);
    expect(directive(policy, "script-src")).toBe("script-src 'self'");
  });
});

describe("serve.mjs's hash policy on the responses Next writes, inside its wrappers", () => {
  let server: http.Server;
  let base: string;

  // Writes the way Next does: headers with setHeader, then the body in one or several pieces, inside
  // the wrappers serve.mjs puts around Next's handler (scripts/lib/whole-body.mjs).
  beforeAll(async () => {
    server = http.createServer((request, response) => withWholeBodies(request, response, () => {
      const url = new URL(request.url!, "http://x");
      if (url.pathname === "/cached") {
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.setHeader("etag", '"v1"');
        if (request.headers["if-none-match"] === '"v1"') {
          response.statusCode = 304;
          response.end();
        } else {
          response.end(page(url.searchParams.get("v") ?? "0"));
        }
      } else if (url.pathname === "/streamed") {
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        response.write("<html><body><script>alert(1)</script>");
        setTimeout(() => response.end("<script>self.__next_f.push([0])</script></body></html>"), 10);
      } else if (url.pathname === "/nonce") {
        response.setHeader("content-type", "text/html");
        response.setHeader("content-security-policy", "script-src 'nonce-x'");
        response.end("<script nonce='x'>alert(1)</script>");
      } else {
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ html: "<script>alert(1)</script>" }));
      }
    }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // Over 1 kB, so that the compression middleware compresses it.
  const page = (version: string) => `<html><body><p>${version}</p>${"<p>Chronologie publique.</p>".repeat(60)}<script>self.__next_f.push([0])</script></body></html>`;

  test("an HTML page gets the hashes of its inline scripts, plain or compressed, with its body intact", async () => {
    for (const encoding of ["identity", "gzip", "deflate"]) {
      const response = await fetch(`${base}/cached`, { headers: { "accept-encoding": encoding } });
      expect(response.headers.get("content-encoding") ?? "identity").toBe(encoding);
      expect(directive(response.headers.get("content-security-policy")!, "script-src")).toBe(`script-src 'self' ${PUSH}`);
      expect(await response.text()).toBe(page("0"));
    }
  });

  test("a page streamed in pieces is held back until its end, then sent whole with its hashes", async () => {
    const response = await fetch(`${base}/streamed`, { headers: { "accept-encoding": "gzip" } });
    expect(directive(response.headers.get("content-security-policy")!, "script-src")).toBe(`script-src 'self' ${ALERT} ${PUSH}`);
    expect(await response.text()).toBe("<html><body><script>alert(1)</script><script>self.__next_f.push([0])</script></body></html>");
  });

  test("each body gets its own hashes, and a 304 passes untouched", async () => {
    const first = (await fetch(`${base}/cached?v=1`)).headers.get("content-security-policy");
    expect(first).toContain(PUSH);
    const notModified = await fetch(`${base}/cached?v=1`, { headers: { "if-none-match": '"v1"' } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("content-security-policy")).toBeNull();
  });

  test("a policy already set (the proxy's nonce), a HEAD and what is not HTML pass untouched", async () => {
    const nonce = await fetch(`${base}/nonce`);
    expect(nonce.headers.get("content-security-policy")).toBe("script-src 'nonce-x'");
    const json = await fetch(`${base}/data`);
    expect(json.headers.get("content-security-policy")).toBeNull();
    expect(await json.json()).toEqual({ html: "<script>alert(1)</script>" });
    const head = await fetch(`${base}/cached`, { method: "HEAD" });
    expect(head.headers.get("content-security-policy")).toBeNull();
  });
});
