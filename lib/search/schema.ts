// What a search box may send, checked before any query: safe for client code.
import { z } from "zod";

export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_TYPES = ["meeting", "demand", "letter", "statement", "person", "organisation"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export type SearchRequest =
  /** Nothing typed yet: show the empty form, run no query. */
  | { status: "empty" }
  /** Only punctuation, symbols or spaces: nothing a search could match. */
  | { status: "no-terms"; text: string }
  | { status: "ok"; text: string; type: SearchType | null; trimmed: boolean };

// Control characters and the private-use markers our highlights are made of never reach the query.
const UNWANTED = /[\u0000-\u001f\u007f\ue000\ue001]/g;

const ZSearchParams = z.object({
  q: z.union([z.string(), z.array(z.string())]).optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
});

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** Reads `?q=…&type=…` as a search request: trims, collapses spaces, cuts long input at 200 characters. */
export function parseSearchRequest(params: unknown): SearchRequest {
  const parsed = ZSearchParams.safeParse(params ?? {});
  if (!parsed.success) return { status: "empty" };
  const collapsed = first(parsed.data.q).replace(UNWANTED, " ").replace(/\s+/g, " ").trim();
  if (!collapsed) return { status: "empty" };
  const text = Array.from(collapsed).slice(0, SEARCH_MAX_LENGTH).join("").trim();
  // A letter or a digit in any script; otherwise there is no word to look for.
  if (!/[\p{L}\p{N}]/u.test(text)) return { status: "no-terms", text };
  const type = first(parsed.data.type);
  return {
    status: "ok",
    text,
    type: (SEARCH_TYPES as readonly string[]).includes(type) ? (type as SearchType) : null,
    trimmed: Array.from(collapsed).length > SEARCH_MAX_LENGTH,
  };
}
