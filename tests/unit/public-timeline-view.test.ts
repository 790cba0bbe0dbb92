import { describe, expect, test } from "vitest";
import { pick, pickLabel } from "@/lib/public/bilingual";
import { entryKey, parseCursor, parseEntryKey, parseTimelineQuery, viewToQuery } from "@/lib/public/timeline-view";

describe("a timeline address", () => {
  test("keeps well-formed filters in one canonical order", () => {
    const view = parseTimelineQuery(new URLSearchParams("theme=mineurs&year=2015&campaign=plan-2014-2016"));
    expect(view).toEqual({ year: 2015, campaign: "plan-2014-2016", theme: "mineurs" });
    expect(viewToQuery(view)).toBe("year=2015&campaign=plan-2014-2016&theme=mineurs");
  });

  test("drops what is malformed, so a bad address leads to the nearest valid page", () => {
    const view = parseTimelineQuery(new URLSearchParams("year=abc&institution=<script>&theme=Not%20A%20Slug&after=1_nope_x&page=999"));
    expect(view).toEqual({});
    expect(viewToQuery(view)).toBe("");
    expect(parseTimelineQuery(new URLSearchParams("year=1850")).year).toBeUndefined();
  });

  test("a cursor names a date, a kind and a record", () => {
    expect(parseCursor("1405000000000_letter_cabc12345678")).toEqual({ time: 1405000000000, kind: "letter", id: "cabc12345678" });
    expect(parseCursor("1405000000000_user_cabc12345678")).toBeNull();
  });

  test("an entry's address names its kind and record, and nothing else parses", () => {
    expect(parseEntryKey(entryKey("milestone", "cabc12345678"))).toEqual({ kind: "milestone", id: "cabc12345678" });
    expect(parseEntryKey("user-cabc12345678")).toBeNull();
    expect(parseEntryKey("meeting-../../etc")).toBeNull();
  });
});

describe("a published text", () => {
  test("shows in the reader's language, or in the other one marked as a fallback", () => {
    expect(pick({ fr: "Bonjour", en: "Hello" }, "en")).toEqual({ value: "Hello", lang: "en", fallback: false });
    expect(pick({ fr: "Bonjour", en: null }, "en")).toEqual({ value: "Bonjour", lang: "fr", fallback: true });
    expect(pick({ fr: " ", en: "Hello" }, "fr")).toEqual({ value: "Hello", lang: "en", fallback: true });
    expect(pick({ fr: null, en: null }, "fr")).toBeNull();
  });

  test("as an option's label, which cannot hold a note, names its language when it is the other one", () => {
    const interior = { fr: "Ministère de l'Intérieur", en: null };
    expect(pickLabel(interior, "en")).toBe("Ministère de l'Intérieur (in French)");
    expect(pickLabel(interior, "fr")).toBe("Ministère de l'Intérieur");
    expect(pickLabel({ fr: " ", en: "Ministry of Justice" }, "fr")).toBe("Ministry of Justice (en anglais)");
    expect(pickLabel({ fr: "Justice", en: "Justice" }, "en")).toBe("Justice");
    expect(pickLabel({ fr: null, en: null }, "en")).toBe("");
  });
});
