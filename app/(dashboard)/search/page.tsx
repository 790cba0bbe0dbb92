import { SearchForm } from "@/components/search/search-form";
import { SearchHits } from "@/components/search/search-hits";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { searchWorkspace } from "@/lib/search/queries";
import { parseSearchRequest, SEARCH_MAX_LENGTH, SEARCH_PAGE_SIZE } from "@/lib/search/schema";

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { t, locale } = await getMessages();
  const s = t.search;
  const request = parseSearchRequest(await searchParams);
  const result = await searchWorkspace(user, request, locale);
  const query = result.status === "empty" ? "" : result.text;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{s.title}</h1>
      <SearchForm t={s} query={query} type={result.status === "ok" ? result.type : null} />

      <section aria-labelledby="search-results" aria-live="polite">
        <h2 id="search-results" className="sr-only">
          {s.results}
        </h2>
        {result.status === "empty" && <p className="text-sm text-slate-600">{s.empty}</p>}
        {result.status === "no-terms" && (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {s.noTerms}
          </p>
        )}
        {result.status === "ok" && (
          <>
            {result.trimmed && (
              <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
                {interpolate(s.trimmed, { max: SEARCH_MAX_LENGTH })}
              </p>
            )}
            <p role="status" className="mb-3 text-sm text-slate-700">
              {result.total === 0
                ? interpolate(s.noResults, { query: result.text })
                : result.total === 1
                  ? interpolate(s.resultsOne, { query: result.text })
                  : interpolate(s.resultsMany, { count: result.total, query: result.text })}
            </p>
            {result.hits.length > 0 && (
              <SearchHits
                start={(result.page - 1) * SEARCH_PAGE_SIZE + 1}
                hits={result.hits.map((hit) => ({
                  key: `${hit.type}-${hit.id}`,
                  href: hit.href,
                  type: s.types[hit.type],
                  when: hit.startsAt ? formatDateTime(hit.startsAt, locale) : hit.day ? formatDate(hit.day, locale) : null,
                  visibility: hit.visibility && hit.visibility !== "MEMBERS" ? t.common.visibility[hit.visibility] : null,
                  title: hit.title,
                  snippet: hit.snippet,
                }))}
              />
            )}
            <Pagination
              path="/search"
              query={{ q: result.text, ...(result.type ? { type: result.type } : {}) }}
              page={result.page}
              pageCount={result.pageCount}
              t={t.lists}
            />
            {result.capped && <p className="mt-3 text-sm text-slate-600">{interpolate(s.capped, { count: result.total })}</p>}
          </>
        )}
      </section>
    </div>
  );
}
