// Building blocks for form schemas: how a text box, a date or a list of ids becomes a typed value.
// Every schema in lib/<domain>/schema.ts is made of these, so the browser and the server agree.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";

/**
 * Text that PostgreSQL stores exactly as it was typed: it refuses a NUL byte in text, and a lone
 * surrogate (half of an emoji, cut) would be stored as U+FFFD, i.e. not what the user saw.
 */
export const isStorableText = (value: string) => !value.includes("\u0000") && value.isWellFormed();

/** `z.string()` that refuses what cannot be stored as shown; every text field starts from it. */
export const storableString = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isStorableText, "invalid");

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const requiredText = (max: number) => storableString({ error: "required" }).trim().min(1, "required").max(max, "tooLong");

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, storableString().trim().max(max, "tooLong").optional()).transform((value) => value ?? null);

export const id = () => storableString({ error: "required" }).trim().min(1, "required").max(64, "invalid");

export const optionalId = () =>
  z.preprocess(blankToUndefined, storableString().trim().max(64, "invalid").optional()).transform((value) => value ?? null);

export const ids = () =>
  z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value.filter((v) => v !== "") : [value].filter((v) => v !== "")),
    z.array(storableString().max(64, "invalid")).max(200, "tooMany"),
  ).transform((list) => [...new Set(list)]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** A calendar date from `<input type="date">`, stored as UTC midnight (`@db.Date`). */
export const dateOnly = () =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .transform((value, ctx) => {
      const date = toDate(value);
      if (!date || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 2200) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return date;
    });

export const optionalDateOnly = () => z.preprocess(blankToUndefined, dateOnly().optional()).transform((value) => value ?? null);

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `<input type="datetime-local">` read as Paris time, returned as the instant. */
export function parisDateTimeToInstant(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || year < 1900 || year > 2200) return null;
  const instant = new Date(new TZDate(year, month - 1, day, hour, minute, "Europe/Paris").getTime());
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The reverse, to fill a datetime-local input with a stored instant. */
export function instantToParisDateTime(instant: Date): string {
  const paris = new TZDate(instant.getTime(), "Europe/Paris");
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${paris.getFullYear()}-${pad(paris.getMonth() + 1)}-${pad(paris.getDate())}T${pad(paris.getHours())}:${pad(paris.getMinutes())}`;
}

export const dateTime = () =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .transform((value, ctx) => {
      const instant = parisDateTimeToInstant(value);
      if (!instant) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return instant;
    });

export const optionalDateTime = () => z.preprocess(blankToUndefined, dateTime().optional()).transform((value) => value ?? null);

export const checkbox = () => z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const version = () => z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid");

/** The one-time id a create form carries (see lib/forms/submission.ts). */
export const submissionId = () => z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "invalid");

export const VISIBILITIES = ["PUBLIC", "MEMBERS", "COORDINATION"] as const;
export const visibility = () => z.enum(VISIBILITIES, { error: "invalid" });
/** The visibility levels as a select's choices, with the reader's labels (`t.common.visibility`). */
export const visibilityChoices = (labels: Record<(typeof VISIBILITIES)[number], string>) => VISIBILITIES.map((value) => ({ value, label: labels[value] }));

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "invalid" });

/** A web address we link to: https only, a real domain name (no `javascript:`, no bare hosts). */
export const optionalHttpsUrl = (max = 500) =>
  z
    .preprocess(blankToUndefined, z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: "invalidUrl" }).max(max, "tooLong").optional())
    .transform((value) => value ?? null);

/** A stored calendar date (`@db.Date`, UTC midnight) as `<input type="date">` wants it. */
export function dateToInput(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
