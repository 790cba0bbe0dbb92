// scripts/lib/whole-body.mjs on a real Node HTTP server: whole bodies get a remembered gzip, ETag
// and hashed policy (and 304s), streamed bodies are compressed on the fly, anything else passes.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareWholeBody, withWholeBodies } from "../../scripts/lib/whole-body.mjs";
import { rawGet } from "../support/raw-http";

const page = (marker: string) => `<!DOCTYPE html><html><body>${marker}${"Traité – é ".repeat(400)}</body></html>`;
const scripted = page("<script>self.__next_f.push([0])</script>");
const routes: Record<string, (response: http.ServerResponse) => void> = {
  "/scripted": (response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(scripted);
  },
  "/nonced": (response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Security-Policy", "script-src 'nonce-abc'");
    response.end(page("nonced"));
  },
  "/cached": (response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(page("cached"));
  },
  "/brotli": (response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(page("brotli"));
  },
  "/other": (response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(page("other"));
  },
  "/streamed": (response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.write(page("first half"));
    response.end(page("second half"));
  },
  "/small": (response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end("<p>small</p>");
  },
  "/missing": (response) => {
    response.statusCode = 404;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(page("not found"));
  },
  "/json": (response) => {
    response.setHeader("Content-Type", "application/json");
    response.end(JSON.stringify({ text: "x".repeat(4000) }));
  },
};

let server: http.Server;
let port: number;
beforeAll(async () => {
  server = http.createServer((request, response) => withWholeBodies(request, response, () => routes[request.url ?? ""]!(response)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) => rawGet(port, path, headers);

describe("whole bodies", () => {
  it("are sent gzipped to a client that accepts it, with a weak ETag, and read back identical", async () => {
    const response = await get("/cached", { "accept-encoding": "gzip, deflate" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers.etag).toMatch(/^W\/"[\w-]{32}"$/);
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(gunzipSync(response.body).toString("utf8")).toBe(page("cached"));
    // Its hashed policy (it has no inline script: nothing but 'self' may run).
    expect(response.headers["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
  });

  it("get the hashes of their own inline scripts, remembered with the body, unless the proxy set a nonce policy", async () => {
    const response = await get("/scripted");
    expect(response.headers["content-security-policy"]).toContain(`'sha256-${createHash("sha256").update("self.__next_f.push([0])").digest("base64")}'`);
    expect(prepareWholeBody(scripted).policy).toBe(response.headers["content-security-policy"]);
    const nonced = await get("/nonced");
    expect(nonced.headers["content-security-policy"]).toBe("script-src 'nonce-abc'");
  });

  it("are sent as they are to a client that does not accept gzip, with the same ETag", async () => {
    const [plain, gzipped] = await Promise.all([get("/cached"), get("/cached", { "accept-encoding": "gzip" })]);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(page("cached"));
    expect(plain.headers.etag).toBe(gzipped.headers.etag);
  });

  it("are sent in brotli to a browser that accepts it (whatever the order it names them in), with the same ETag", async () => {
    const brotli = await get("/brotli", { "accept-encoding": "gzip, deflate, br, zstd" });
    const gzip = await get("/brotli", { "accept-encoding": "gzip" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers.etag).toBe(gzip.headers.etag);
    expect(Number(brotli.headers["content-length"])).toBe(brotli.body.length);
    expect(brotli.body.length).toBeLessThan(gzip.body.length);
    expect(brotliDecompressSync(brotli.body).toString("utf8")).toBe(page("brotli"));
    expect(prepareWholeBody(page("brotli")).brotli.equals(brotli.body)).toBe(true);
    // A client that prefers gzip, or does not know brotli, gets gzip.
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect((await get("/brotli", { "accept-encoding": "gzip, br;q=0.5" })).headers["content-encoding"]).toBe("gzip");
  });

  it("are compressed once: the same body gets the same remembered gzip", () => {
    const body = page("remembered");
    const first = prepareWholeBody(body);
    expect(prepareWholeBody(`${body}`)).toBe(first);
    expect(prepareWholeBody(page("changed"))).not.toBe(first);
    expect(prepareWholeBody(page("changed")).etag).not.toBe(first.etag);
  });

  it("answer 304 without a body when the client holds the ETag, and 200 when it holds another", async () => {
    const { headers } = await get("/cached", { "accept-encoding": "gzip" });
    const notModified = await get("/cached", { "accept-encoding": "gzip", "if-none-match": headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    const other = await get("/other", { "accept-encoding": "gzip", "if-none-match": headers.etag! });
    expect(other.status).toBe(200);
    expect(gunzipSync(other.body).toString("utf8")).toBe(page("other"));
  });
});

describe("other responses", () => {
  it("streamed bodies are compressed on the fly, without an ETag", async () => {
    const response = await get("/streamed", { "accept-encoding": "gzip" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.etag).toBeUndefined();
    expect(gunzipSync(response.body).toString("utf8")).toBe(page("first half") + page("second half"));
  });

  it("small bodies, errors and other types are not remembered", async () => {
    const small = await get("/small", { "accept-encoding": "gzip" });
    expect(small.headers.etag).toBeUndefined();
    expect(small.body.toString("utf8")).toBe("<p>small</p>");
    const missing = await get("/missing", { "accept-encoding": "gzip" });
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    expect(gunzipSync(missing.body).toString("utf8")).toBe(page("not found"));
    const json = await get("/json", { "accept-encoding": "gzip" });
    expect(json.headers.etag).toBeUndefined();
    expect(JSON.parse(gunzipSync(json.body).toString("utf8")).text).toHaveLength(4000);
  });
});
