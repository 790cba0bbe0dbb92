// The one place dates, times and sizes are formatted: French style by default, Europe/Paris time.
import type { Locale } from "./locales";

export const TIME_ZONE = "Europe/Paris";

const tag = (locale: Locale) => (locale === "fr" ? "fr-FR" : "en-GB");

/**
 * One formatter per language for these options, built on first use. Building an
 * Intl.DateTimeFormat costs far more than formatting with one: under load, the dashboard spent a
 * twelfth of its time in these constructors, built once per row.
 */
function formatterFor(options: Intl.DateTimeFormatOptions): (locale: Locale | "en-CA") => Intl.DateTimeFormat {
  const built = new Map<string, Intl.DateTimeFormat>();
  return (locale) => {
    let formatter = built.get(locale);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale === "en-CA" ? locale : tag(locale), options);
      built.set(locale, formatter);
    }
    return formatter;
  };
}

const longDate = formatterFor({ day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const shortDate = formatterFor({ dateStyle: "short", timeZone: "UTC" });
const dateTime = formatterFor({
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});
const isoDateTimeParts = formatterFor({
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: TIME_ZONE,
});
const monthYear = formatterFor({ month: "long", year: "numeric", timeZone: "UTC" });
const weekdayDate = formatterFor({ weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });

/** A calendar date (stored as a UTC midnight `@db.Date`), e.g. "23 septembre 2014". */
export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "";
  return longDate(locale).format(new Date(value));
}

/** A short calendar date, e.g. "23/09/2014". */
export function formatShortDate(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "";
  return shortDate(locale).format(new Date(value));
}

/** An instant in Paris time, e.g. "mardi 23 septembre 2014 à 16:00". */
export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "";
  return dateTime(locale).format(new Date(value));
}

/** A calendar date for exports, "2014-09-23": what spreadsheets read as a date in any language. */
export function formatIsoDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  return new Date(value).toISOString().slice(0, 10);
}

/** An instant for exports, in Paris time: "2014-09-23 16:00". */
export function formatIsoDateTime(value: Date | string | null | undefined): string {
  if (!value) return "";
  const parts = isoDateTimeParts("en-CA").formatToParts(new Date(value));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

/** A file size as the coalition's site shows it: "PDF - 496.2 kB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Number((bytes / 1000).toFixed(1))} kB`;
  return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}

/** A date known to the day or only to the month ("décembre 2016"). */
export function formatDateWithPrecision(value: Date | string | null | undefined, precision: "DAY" | "MONTH", locale: Locale): string {
  if (!value) return "";
  if (precision === "DAY") return formatDate(value, locale);
  return monthYear(locale).format(new Date(value));
}

/** A meeting's moment: with its time, or only its day when the time is not known. */
export function formatMeetingTime(startsAt: Date | string, allDay: boolean, locale: Locale): string {
  if (!allDay) return formatDateTime(startsAt, locale);
  return weekdayDate(locale).format(new Date(startsAt));
}
