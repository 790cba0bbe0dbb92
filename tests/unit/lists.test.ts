import { describe, expect, test } from "vitest";
import { pageNumbers } from "@/components/ui/pagination";
import { MeetingStatus } from "@/lib/generated/prisma/enums";
import { toCsv } from "@/lib/lists/csv";
import { filter, listHref, parseListParams } from "@/lib/lists/params";
import { parisDayRange } from "@/lib/lists/where";

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
});

describe("CSV", () => {
  test("starts with a BOM, quotes what needs it, and defuses formulas", () => {
    const csv = toCsv([{ header: "Titre", value: (row: { title: string }) => row.title }], [{ title: "Rencontre, « Beauvau »" }, { title: "=HYPERLINK(1)" }]);
    expect(csv).toBe('\uFEFFTitre\r\n"Rencontre, « Beauvau »"\r\n\'=HYPERLINK(1)\r\n');
  });
});
