import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { SearchMessages } from "@/lib/i18n/messages/search";
import { SEARCH_MAX_LENGTH, SEARCH_TYPES, type SearchType } from "@/lib/search/schema";

/** A plain GET form: works without JavaScript, and a search is a link one can share or bookmark. */
export function SearchForm({ t, query, type }: { t: SearchMessages; query: string; type: SearchType | null }) {
  return (
    <form role="search" action="/search" method="get" className="flex flex-col gap-2">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="search-q" className="text-sm font-medium text-slate-800">
            {t.label}
          </label>
          <Input
            id="search-q"
            name="q"
            type="search"
            defaultValue={query}
            // The server cuts at SEARCH_MAX_LENGTH and says so; this only stops a pasted novel.
            maxLength={SEARCH_MAX_LENGTH * 5}
            aria-describedby="search-hint"
            autoComplete="off"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-type" className="text-sm font-medium text-slate-800">
            {t.type}
          </label>
          <select
            id="search-type"
            name="type"
            defaultValue={type ?? ""}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          >
            <option value="">{t.allTypes}</option>
            {SEARCH_TYPES.map((value) => (
              <option key={value} value={value}>
                {t.typesPlural[value]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t.submit}</Button>
      </div>
      <p id="search-hint" className="text-xs text-slate-600">
        {t.hint}
      </p>
    </form>
  );
}
