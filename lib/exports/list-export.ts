// A list's CSV export: the list's own parser and query (hence the same filters and the same scoping),
// every page up to EXPORT_CAP, with the columns in the reader's language.
import type { Actor } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { toCsv, type CsvColumn } from "@/lib/lists/csv";
import type { RawSearchParams } from "@/lib/lists/params";
import { EXPORT_WINDOW, type ListPage, type ListWindow } from "@/lib/lists/window";

export type ListExport = (input: { actor: Actor; searchParams: RawSearchParams; locale: Locale; t: Messages }) => Promise<string>;

export function listExport<P, T>(spec: {
  parse: (raw: RawSearchParams) => P;
  find: (actor: Actor, params: P, window: ListWindow) => Promise<ListPage<T>>;
  columns: (t: Messages, locale: Locale) => CsvColumn<T>[];
}): ListExport {
  return async ({ actor, searchParams, locale, t }) => {
    const page = await spec.find(actor, spec.parse(searchParams), EXPORT_WINDOW);
    return toCsv(spec.columns(t, locale), page.rows);
  };
}
