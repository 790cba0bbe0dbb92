import { describe, expect, test } from "vitest";
import { openPageNumbers, pageNumbers } from "@/components/ui/pagination";
import { MeetingStatus } from "@/lib/generated/prisma/enums";
import { toCsv } from "@/lib/lists/csv";
import { filter, listHref, parseListParams } from "@/lib/lists/params";
import { parisDayRange } from "@/lib/lists/where";
import { boundedCountTake, pageWindow, toBoundedListPage } from "@/lib/lists/window";

const shape = { status: filter.oneOf(MeetingStatus), from: filter.day(), awaiting: filter.flag(), institution: filter.id() };

describe("a list's URL", () => {
  test("valid params are kept, for the query and for the links", () => {
    const params = parseListParams(new URLSearchParams("q=%20traite%20&status=HELD&from=2014-09-01&awaiting=1&page=3"), shape);
    expect(params).toEqual({
      q: "traite",
      page: 3,
      filters: { status: "HELD", from: "2014-09-01", awaiting: true, institution: undefined },
      query: { q: "traite", status: "HELD", from: "2014-09-01", awaiting: "1" },
    });
    expect(listHref("/meetings", params.query, 2)).toBe("/meetings?q=traite&status=HELD&from=2014-09-01&awaiting=1&page=2");
  });

  test("anything invalid falls back to its default, and is dropped from the links", () => {
    const params = parseListParams({ status: "held", from: "2014-02-31", page: "abc", institution: "../x", q: ["first", "second"] }, shape);
    expect(params.filters).toEqual({ status: undefined, from: undefined, awaiting: undefined, institution: undefined });
    expect(params.page).toBe(1);
    expect(params.query).toEqual({ q: "first" });
  });

  test("date filters on instants start and end at midnight in Paris", () => {
    expect(parisDayRange("2014-09-23", "2014-09-23")).toEqual({ gte: new Date("2014-09-22T22:00:00Z"), lt: new Date("2014-09-23T22:00:00Z") });
    expect(parisDayRange("2015-01-10")).toEqual({ gte: new Date("2015-01-09T23:00:00Z") });
  });
});

describe("pagination", () => {
  test("shows the first, the last and the pages around the current one", () => {
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });

  test("when more pages follow those known, it ends on a gap, never on a last page", () => {
    expect(openPageNumbers(1, 40)).toEqual([1, 2, 3, null]);
    expect(openPageNumbers(10, 49)).toEqual([1, null, 8, 9, 10, 11, 12, null]);
  });
});

describe("a bounded count", () => {
  test("counts a thousand rows past the page, and says 'more than' only when it reached the bound", () => {
    expect(boundedCountTake(pageWindow(1))).toBe(1_001);
    expect(boundedCountTake(pageWindow(3))).toBe(1_051);
    const rows = Array.from({ length: 25 }, (_, i) => i);
    expect(toBoundedListPage(rows, 1_000, pageWindow(1))).toEqual({ rows, total: 1_000, page: 1, pageCount: 40 });
    expect(toBoundedListPage(rows, 1_001, pageWindow(1))).toEqual({ rows, total: 1_000, totalIsLowerBound: true, page: 1, pageCount: 40 });
    // Page 3 knows of the 50 rows before it and a thousand after: 42 pages at least.
    expect(toBoundedListPage(rows, 1_051, pageWindow(3))).toMatchObject({ total: 1_050, totalIsLowerBound: true, page: 3, pageCount: 42 });
    // Past the end, the count is exact: the page says it is beyond the last one.
    expect(toBoundedListPage([], 30, pageWindow(5))).toEqual({ rows: [], total: 30, page: 5, pageCount: 2 });
  });

  test("the first pages join their relations; deep pages, whose skipped rows would all be joined, do not", () => {
    expect(pageWindow(1)).toEqual({ skip: 0, take: 25, relationLoadStrategy: "join" });
    expect(pageWindow(10).relationLoadStrategy).toBe("join");
    expect(pageWindow(11).relationLoadStrategy).toBe("query");
  });
});

describe("CSV", () => {
  test("starts with a BOM, quotes what needs it, and defuses formulas", () => {
    const csv = toCsv([{ header: "Titre", value: (row: { title: string }) => row.title }], [{ title: "Rencontre, « Beauvau »" }, { title: "=HYPERLINK(1)" }]);
    expect(csv).toBe('\uFEFFTitre\r\n"Rencontre, « Beauvau »"\r\n\'=HYPERLINK(1)\r\n');
  });
});
