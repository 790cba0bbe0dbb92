// How long a demand has been open: from the day it was raised to the day it was met or rejected
// (the start of its final run of closing steps), or to today. Counted in calendar years, months
// and days, whoever was in government meanwhile. Pure, so it is unit-tested.
import { interpolate } from "@/lib/i18n/interpolate";

const CLOSING = new Set(["MET", "REJECTED"]);

export type Span = { years: number; months: number; days: number };

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** `date` plus whole months, kept within the month (31 January + 1 month = 28 February). */
function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const monthIndex = date.getUTCMonth() + months;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, monthIndex));
  return new Date(Date.UTC(year, monthIndex, day));
}

/** Calendar span between two dates (UTC midnights): whole months first, then the days left. */
export function calendarSpan(from: Date, to: Date): Span {
  if (to <= from) return { years: 0, months: 0, days: 0 };
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (addMonths(from, months) > to) months -= 1;
  // 23 September → 19 May: 7 months (to 23 April), then 26 days.
  const days = Math.round((to.getTime() - addMonths(from, months).getTime()) / 86_400_000);
  return { years: Math.floor(months / 12), months: months % 12, days };
}

export type OpenPeriod = { from: Date; to: Date; closedBy: string | null; span: Span };

export function openPeriod(
  demand: { raisedOn: Date; status: string; statusChanges: readonly { status: string; date: Date }[] },
  today: Date,
): OpenPeriod {
  let closedOn: Date | null = null;
  let closedBy: string | null = null;
  if (CLOSING.has(demand.status)) {
    const steps = [...demand.statusChanges].sort((a, b) => a.date.getTime() - b.date.getTime());
    for (let i = steps.length - 1; i >= 0 && CLOSING.has(steps[i].status); i--) {
      closedOn = steps[i].date;
      closedBy = steps[i].status;
    }
  }
  const to = closedOn ?? today;
  return { from: demand.raisedOn, to, closedBy, span: calendarSpan(demand.raisedOn, to) };
}

export type SpanTexts = { year: string; years: string; month: string; months: string; day: string; days: string; and: string; sameDay: string };

/** "7 mois et 26 jours", "1 an, 2 mois et 3 jours". */
export function formatSpan(span: Span, t: SpanTexts): string {
  const singular = { years: "year", months: "month", days: "day" } as const;
  const parts = (["years", "months", "days"] as const)
    .filter((unit) => span[unit] > 0)
    .map((unit) => interpolate(span[unit] === 1 ? t[singular[unit]] : t[unit], { n: span[unit] }));
  if (parts.length === 0) return t.sameDay;
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(", ")}${t.and}${parts[parts.length - 1]}`;
}

/** Days expressed as rounded months (an average month of 30.44 days), for "about five months". */
export function approximateMonths(days: number): number {
  return Math.round(days / 30.44);
}
