import { describe, expect, test } from "vitest";
import { createDatabaseGate, databaseUnavailableResponse, RETRY_AFTER_SECONDS } from "@/lib/http/database-gate";

const request = (path: string) => new Request(`http://localhost${path}`);

describe("the database gate", () => {
  test("many requests at once cost one probe, and the answer is remembered for a moment", async () => {
    let clock = 0;
    let probes = 0;
    const gate = createDatabaseGate({ probe: async () => void probes++, cacheMs: 1_500, now: () => clock });
    expect(await Promise.all(Array.from({ length: 50 }, () => gate.isAvailable()))).toEqual(Array(50).fill(true));
    expect(probes).toBe(1);
    clock = 1_000;
    await gate.isAvailable();
    expect(probes).toBe(1);
    clock = 2_000;
    await gate.isAvailable();
    expect(probes).toBe(2);
  });

  test("a database that refuses or hangs is away within the timeout, and back as soon as it answers", async () => {
    let clock = 0;
    let mode: "down" | "hang" | "up" = "down";
    const gate = createDatabaseGate({
      probe: () => (mode === "up" ? Promise.resolve() : mode === "down" ? Promise.reject(new Error("ECONNREFUSED")) : new Promise(() => {})),
      timeoutMs: 100,
      now: () => clock,
    });
    expect(await gate.isAvailable()).toBe(false);
    mode = "hang";
    clock += 2_000;
    const started = performance.now();
    expect(await gate.isAvailable()).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
    mode = "up";
    clock += 2_000;
    expect(await gate.isAvailable()).toBe(true);
    expect(await gate.check(request("/dashboard"))).toBeNull();
  });

  test("pages get a plain bilingual 503 page with Retry-After and no stack; API calls get JSON", async () => {
    const page = databaseUnavailableResponse(request("/meetings/42"));
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain("Service momentanément indisponible");
    expect(html).toContain('<section lang="en">');
    expect(html).toContain("Temporarily unavailable");
    expect(html).not.toMatch(/Error|at \w+ \(|<script/);

    const api = databaseUnavailableResponse(request("/api/export/meetings.csv"));
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ status: "degraded", database: "unavailable" });
  });

  test("a gate on a database that is away answers 503 to a page", async () => {
    const gate = createDatabaseGate({ probe: () => Promise.reject(new Error("down")) });
    const response = await gate.check(request("/dashboard"));
    expect(response?.status).toBe(503);
  });
});
