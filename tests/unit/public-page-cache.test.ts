// scripts/lib/public-page-cache.mjs through scripts/lib/whole-body.mjs, on a real Node HTTP server:
// the pages Next says anyone may keep are answered again without Next, until the public content
// changes or HOLD_MS has passed; nothing else is ever held.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextPublicContentGeneration } from "../../lib/http/public-content-generation.mjs";
import { HOLD_MS } from "../../scripts/lib/public-page-cache.mjs";
import { withWholeBodies } from "../../scripts/lib/whole-body.mjs";
import { rawGet } from "../support/raw-http";

const PUBLIC = "s-maxage=3600, stale-while-revalidate=31532400";
let rendered = 0;
let version = "first";
// Lets a test hold a rendering open while something else happens.
let pause: Promise<void> | undefined;

const page = (path: string) => `<!DOCTYPE html><html><body>${path} ${version} ${"Traité – é ".repeat(200)}</body></html>`;

async function render(request: http.IncomingMessage, response: http.ServerResponse) {
  rendered++;
  const path = new URL(request.url ?? "/", "http://x").pathname;
  const body = page(request.url ?? "");
  if (pause) await pause;
  response.setHeader("Content-Type", path === "/payload" ? "text/x-component" : "text/html; charset=utf-8");
  response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("X-Nextjs-Cache", "MISS");
  if (path === "/workspace") response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  else response.setHeader("Cache-Control", PUBLIC);
  if (path === "/cookie") response.setHeader("Set-Cookie", "lang=en; Path=/");
  if (path === "/missing") response.statusCode = 404;
  response.end(body);
}

let server: http.Server;
let port: number;
beforeAll(async () => {
  server = http.createServer((request, response) => withWholeBodies(request, response, () => void render(request, response)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await rawGet(port, path, headers);
  const text = response.headers["content-encoding"] === "gzip" ? gunzipSync(response.body).toString("utf8") : response.body.toString("utf8");
  return { ...response, text };
}

/** How many times the handler behind ran for `requests`. */
async function renderingsFor(requests: () => Promise<unknown>): Promise<number> {
  const before = rendered;
  await requests();
  return rendered - before;
}

describe("public pages", () => {
  it("are answered again without the handler, with the same body, headers, ETag and policy", async () => {
    const first = await get("/timeline", { "accept-encoding": "gzip" });
    let again!: Awaited<ReturnType<typeof get>>;
    expect(await renderingsFor(async () => (again = await get("/timeline", { "accept-encoding": "gzip" })))).toBe(0);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    for (const name of ["content-type", "cache-control", "x-frame-options", "etag", "content-security-policy", "content-encoding", "vary"]) {
      expect(again.headers[name], name).toBe(first.headers[name]);
    }
    // Rendered on a miss of Next's cache, answered again from ours.
    expect(first.headers["x-nextjs-cache"]).toBe("MISS");
    expect(again.headers["x-nextjs-cache"]).toBe("HIT");
    // Without gzip, and as a 304 to a client holding it.
    expect(await renderingsFor(async () => expect((await get("/timeline")).text).toBe(first.text))).toBe(0);
    expect((await get("/timeline", { "if-none-match": first.headers.etag! })).status).toBe(304);
  });

  it("are held per address, query string included", async () => {
    await get("/timeline?year=2014");
    expect(await renderingsFor(() => get("/timeline?year=2015"))).toBe(1);
    expect(await renderingsFor(() => get("/timeline?year=2014"))).toBe(0);
  });

  it("are dropped at once when the public content changes", async () => {
    await get("/en/timeline");
    version = "withdrawn";
    nextPublicContentGeneration();
    let after!: Awaited<ReturnType<typeof get>>;
    expect(await renderingsFor(async () => (after = await get("/en/timeline")))).toBe(1);
    expect(after.text).toContain("withdrawn");
  });

  it("are not kept when their rendering began before the public content changed", async () => {
    let resume!: () => void;
    pause = new Promise((resolve) => (resume = resolve));
    const before = rendered;
    const slow = get("/en/about");
    await vi.waitFor(() => expect(rendered).toBe(before + 1));
    nextPublicContentGeneration();
    pause = undefined;
    resume();
    await slow;
    expect(await renderingsFor(() => get("/en/about"))).toBe(1);
    expect(await renderingsFor(() => get("/en/about"))).toBe(0);
  });

  it(`are asked of the handler again after ${HOLD_MS / 1000} s`, async () => {
    await get("/about");
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now + HOLD_MS + 1);
    try {
      expect(await renderingsFor(() => get("/about"))).toBe(1);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe("never held", () => {
  it("pages that are private, set a cookie, or are not a success", async () => {
    for (const path of ["/workspace", "/cookie", "/missing"]) {
      await get(path);
      expect(await renderingsFor(() => get(path)), path).toBe(1);
    }
  });

  it("the client router's requests, and a page for a plain load is not answered to them", async () => {
    await get("/stories");
    expect(await renderingsFor(() => get("/stories", { rsc: "1" }))).toBe(1);
    expect(await renderingsFor(() => get("/stories", { "next-router-prefetch": "1" }))).toBe(1);
    expect(await renderingsFor(() => get("/stories?_rsc=abc"))).toBe(1);
    await get("/payload");
    expect(await renderingsFor(() => get("/payload"))).toBe(1);
  });

  it("HEAD requests", async () => {
    await get("/heads");
    const before = rendered;
    await new Promise<void>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, path: "/heads", method: "HEAD" }, (response) => {
        response.resume();
        response.on("end", resolve);
      });
      request.on("error", reject);
      request.end();
    });
    expect(rendered - before).toBe(1);
  });
});
