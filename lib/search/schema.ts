// What a search box may send, checked before any query: safe for client code.
import { z } from "zod";

export const SEARCH_MAX_LENGTH = 200;
/** Hits per page, and the pages a search may have: only the best 60 hits are ever shown. */
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGES = 3;
export const SEARCH_TYPES = ["meeting", "demand", "letter", "statement", "person", "organisation"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export type SearchRequest =
  /** Nothing typed yet: show the empty form, run no query. */
  | { status: "empty" }
  /** Only punctuation, symbols or spaces: nothing a search could match. */
  | { status: "no-terms"; text: string }
  | { status: "ok"; text: string; type: SearchType | null; trimmed: boolean; page: number };

// Control characters and the private-use markers our highlights are made of never reach the query.
const UNWANTED = /[\u0000-\u001f\u007f\ue000\ue001]/g;

const ZSearchParams = z.object({
  q: z.union([z.string(), z.array(z.string())]).optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  page: z.union([z.string(), z.array(z.string())]).optional(),
});

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * Reads `?q=…&type=…&page=…` as a search request: trims, collapses spaces, cuts long input at 200
 * characters. A page that is not a number from 1 to 3 is the nearest one (past the last page of
 * hits, the search itself answers with the last).
 */
export function parseSearchRequest(params: unknown): SearchRequest {
  const parsed = ZSearchParams.safeParse(params ?? {});
  if (!parsed.success) return { status: "empty" };
  const collapsed = first(parsed.data.q).replace(UNWANTED, " ").replace(/\s+/g, " ").trim();
  if (!collapsed) return { status: "empty" };
  const text = Array.from(collapsed).slice(0, SEARCH_MAX_LENGTH).join("").trim();
  // A letter or a digit in any script; otherwise there is no word to look for.
  if (!/[\p{L}\p{N}]/u.test(text)) return { status: "no-terms", text };
  const type = first(parsed.data.type);
  const page = Number.parseInt(first(parsed.data.page), 10);
  return {
    status: "ok",
    text,
    type: (SEARCH_TYPES as readonly string[]).includes(type) ? (type as SearchType) : null,
    trimmed: Array.from(collapsed).length > SEARCH_MAX_LENGTH,
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), SEARCH_MAX_PAGES) : 1,
  };
}
