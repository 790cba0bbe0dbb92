import { describe, expect, test, vi } from "vitest";

// The data layer must not be reached for input that cannot match anything.
const queryRaw = vi.fn();
vi.mock("@/lib/db", () => ({ db: { $queryRaw: queryRaw } }));

const { parseSearchRequest, SEARCH_MAX_LENGTH } = await import("@/lib/search/schema");
const { searchWorkspace } = await import("@/lib/search/queries");
const { toSegments } = await import("@/lib/search/highlight");

const member = { id: "u", role: "MEMBER" as const, organisationId: null, name: "M", email: "m@example.org" };

describe("a search request", () => {
  test("empty or blank input is no search", () => {
    expect(parseSearchRequest({})).toEqual({ status: "empty" });
    expect(parseSearchRequest({ q: "   " })).toEqual({ status: "empty" });
  });

  test("punctuation only is answered without a query", async () => {
    for (const q of ["!!!", "?.;:", "« — »", "&|!()", "***"]) {
      const request = parseSearchRequest({ q });
      expect(request.status).toBe("no-terms");
      expect(await searchWorkspace(member, request, "fr")).toEqual(request);
    }
    expect(queryRaw).not.toHaveBeenCalled();
  });

  test("long input is cut at 200 characters and spaces are collapsed", () => {
    const request = parseSearchRequest({ q: `  traite   des ${"é".repeat(500)}` });
    expect(request.status).toBe("ok");
    if (request.status !== "ok") return;
    expect(Array.from(request.text)).toHaveLength(SEARCH_MAX_LENGTH);
    expect(request.text.startsWith("traite des é")).toBe(true);
    expect(request.trimmed).toBe(true);
  });

  test("an unknown type is ignored, a repeated parameter reads its first value", () => {
    expect(parseSearchRequest({ q: ["traite", "x"], type: "users" })).toMatchObject({ status: "ok", text: "traite", type: null });
    expect(parseSearchRequest({ q: "traite", type: "letter" })).toMatchObject({ type: "letter" });
  });

  test("the page is a number from 1 to 3; anything else is the nearest page", () => {
    const pageOf = (page: unknown) => {
      const request = parseSearchRequest({ q: "traite", page });
      return request.status === "ok" ? request.page : null;
    };
    expect([undefined, "1", "2", "3", "4", "99999999999999999999", "0", "-1", "deux", "", ["2", "3"]].map(pageOf)).toEqual([1, 1, 2, 3, 3, 3, 1, 1, 1, 1, 2]);
  });

  test("a search needs a signed-in actor", async () => {
    await expect(searchWorkspace(null, parseSearchRequest({ q: "traite" }), "fr")).rejects.toThrow("UNAUTHENTICATED");
  });
});

describe("highlights", () => {
  test("markers become segments; text stays text", () => {
    expect(toSegments("Le \ue000Traité\ue001 <b>x</b> \ue000êtres\ue001")).toEqual([
      { text: "Le ", hit: false },
      { text: "Traité", hit: true },
      { text: " <b>x</b> ", hit: false },
      { text: "êtres", hit: true },
    ]);
    expect(toSegments(null)).toEqual([]);
    expect(toSegments("stray \ue001end \ue000open")).toEqual([{ text: "stray end open", hit: false }]);
  });
});
