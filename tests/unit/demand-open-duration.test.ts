import { describe, expect, test } from "vitest";
import { approximateMonths, calendarSpan, formatSpan, openPeriod } from "@/lib/demands/open-duration";

const d = (day: string) => new Date(`${day}T00:00:00Z`);
const fr = { year: "{n} an", years: "{n} ans", month: "{n} mois", months: "{n} mois", day: "{n} jour", days: "{n} jours", and: " et ", sameDay: "moins d'un jour" };

describe("how long a demand has been open", () => {
  test("the instruction to prefects: raised 23 September 2014, met 19 May 2015, discussed again in July", () => {
    const period = openPeriod(
      {
        raisedOn: d("2014-09-23"),
        status: "MET",
        statusChanges: [
          { status: "RAISED", date: d("2014-09-23") },
          { status: "PROMISED", date: d("2014-09-23") },
          { status: "PROMISED", date: d("2015-04-21") },
          { status: "MET", date: d("2015-05-19") },
          { status: "MET", date: d("2015-07-22") },
        ],
      },
      d("2026-01-01"),
    );
    expect(period.to).toEqual(d("2015-05-19"));
    expect(period.closedBy).toBe("MET");
    expect(period.span).toEqual({ years: 0, months: 7, days: 26 });
    expect(formatSpan(period.span, fr)).toBe("7 mois et 26 jours");
  });

  test("an open demand runs to today, across years and governments", () => {
    const period = openPeriod({ raisedOn: d("2013-10-18"), status: "PARTLY_MET", statusChanges: [] }, d("2018-04-09"));
    expect(period.closedBy).toBeNull();
    expect(period.span).toEqual({ years: 4, months: 5, days: 22 });
    expect(formatSpan(period.span, fr)).toBe("4 ans, 5 mois et 22 jours");
  });

  test("a demand met, then reopened, then met again closes at the last closing run", () => {
    const period = openPeriod(
      {
        raisedOn: d("2014-01-31"),
        status: "REJECTED",
        statusChanges: [
          { status: "MET", date: d("2014-02-28") },
          { status: "RAISED", date: d("2014-03-31") },
          { status: "REJECTED", date: d("2015-03-01") },
        ],
      },
      d("2020-01-01"),
    );
    expect(period.to).toEqual(d("2015-03-01"));
    expect(calendarSpan(d("2014-01-31"), d("2014-03-01"))).toEqual({ years: 0, months: 1, days: 1 });
    expect(formatSpan({ years: 0, months: 0, days: 0 }, fr)).toBe("moins d'un jour");
  });

  test("139 days late reads as about five months", () => {
    expect(Math.round((d("2015-05-19").getTime() - d("2014-12-31").getTime()) / 86_400_000)).toBe(139);
    expect(approximateMonths(139)).toBe(5);
  });
});
