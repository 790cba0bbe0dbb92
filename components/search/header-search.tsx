import type { CommonMessages } from "@/lib/i18n/messages/common";
import { SEARCH_MAX_LENGTH } from "@/lib/search/schema";

/** The workspace header's search box: the same plain GET to /search as the search page's own form. */
export function HeaderSearch({ t }: { t: CommonMessages["nav"] }) {
  return (
    // Named: the search page has a search form of its own, and two landmarks need two names.
    <form role="search" aria-label={t.quickSearch} action="/search" method="get" className="flex items-center gap-1">
      <label htmlFor="header-search-q" className="sr-only">
        {t.searchEverywhere}
      </label>
      <input
        id="header-search-q"
        name="q"
        type="search"
        maxLength={SEARCH_MAX_LENGTH * 5}
        placeholder={t.searchEverywhere}
        autoComplete="off"
        className="w-44 rounded-md border border-brand-100 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-600"
      />
      <button type="submit" className="rounded-md bg-white px-2 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50">
        {t.searchGo}
      </button>
    </form>
  );
}
