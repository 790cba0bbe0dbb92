// The URL's search params of a list, parsed once: { q, page, filters, query }. Every value that does
// not parse falls back to its default (no filter, page 1): a hand-edited URL never answers a 500.
// Safe for client code: it reads no database.
import { z } from "zod";

export const PAGE_SIZE = 25;
/** The most rows a CSV export carries; a list longer than this needs a narrower filter. */
export const EXPORT_CAP = 10_000;

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filter schemas: each is optional and turns an invalid value into `undefined`. */
export const filter = {
  /** A record id (cuid or slug-like). */
  id: () =>
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional()
      .catch(undefined),
  /** One value of a Prisma enum (or any string enum). */
  oneOf: <const T extends Record<string, string>>(values: T) => z.enum(values).optional().catch(undefined),
  /** A calendar day, kept as "YYYY-MM-DD" (what `<input type="date">` sends and shows). */
  day: () =>
    z
      .string()
      .regex(ISO_DAY)
      // A real day: 2014-02-31 does not come back as itself.
      .refine((value) => {
        const time = Date.parse(`${value}T00:00:00Z`);
        return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
      })
      .optional()
      .catch(undefined),
  /** A checkbox: present means true. */
  flag: () =>
    z
      .enum(["1", "true", "on", "yes"])
      .transform(() => true as const)
      .optional()
      .catch(undefined),
};

type FilterShape = Record<string, z.ZodType>;
export type FiltersOf<S extends FilterShape> = { [K in keyof S]: z.output<S[K]> };

export type ListParams<F> = {
  q: string;
  page: number;
  filters: F;
  /** The valid params as strings, without the page: for pagination and export links. */
  query: Record<string, string>;
};

const Q = z.string().trim().max(200).catch("");
const PAGE = z.coerce.number().int().min(1).max(100_000).catch(1);

function firstValues(raw: RawSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  if (raw instanceof URLSearchParams) {
    for (const key of new Set(raw.keys())) values[key] = raw.get(key) ?? "";
    return values;
  }
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") values[key] = first;
  }
  return values;
}

export function parseListParams<S extends FilterShape>(raw: RawSearchParams, shape: S): ListParams<FiltersOf<S>> {
  const values = firstValues(raw);
  const q = Q.parse(values.q ?? "");
  const page = PAGE.parse(values.page ?? 1);
  const filters = {} as FiltersOf<S>;
  const query: Record<string, string> = {};
  if (q) query.q = q;
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const parsed = shape[key].safeParse(values[key]);
    const value = parsed.success ? parsed.data : undefined;
    (filters as Record<string, unknown>)[key] = value;
    if (value !== undefined) query[key] = values[key];
  }
  return { q, page, filters, query };
}

/** True when the reader narrowed the list (a search or any filter). */
export function isFiltered(params: ListParams<unknown>): boolean {
  return Object.keys(params.query).length > 0;
}

/** `path?query&page=n`, omitting page 1. */
export function listHref(path: string, query: Record<string, string>, page = 1): string {
  const search = new URLSearchParams(query);
  if (page > 1) search.set("page", String(page));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
