import Link from "next/link";
import { listHref } from "@/lib/lists/params";
import { interpolate } from "@/lib/i18n/interpolate";

type PaginationTexts = {
  pagination: string;
  previous: string;
  next: string;
  previousLabel: string;
  nextLabel: string;
  pageLabel: string;
};

/** The page numbers around the current one, with the first and last, gaps as null. */
export function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const numbers = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  numbers.forEach((n, index) => {
    if (index > 0 && n - numbers[index - 1] > 1) result.push(null);
    result.push(n);
  });
  return result;
}

/** The same, when more pages follow the last one known (a bounded count): no last page, a gap instead. */
export function openPageNumbers(page: number, knownPages: number): (number | null)[] {
  const numbers = pageNumbers(page, knownPages).filter((n) => n === null || n <= Math.max(page + 2, 1));
  while (numbers.length && numbers[numbers.length - 1] === null) numbers.pop();
  return [...numbers, null];
}

/**
 * Previous/next links with page numbers; links keep the list's search and filters. With
 * `morePages`, `pageCount` is only the pages known to exist: the numbers end on a gap, not a last page.
 */
export function Pagination({
  path,
  query,
  page,
  pageCount,
  morePages = false,
  t,
}: {
  path: string;
  query: Record<string, string>;
  page: number;
  pageCount: number;
  morePages?: boolean;
  t: PaginationTexts;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  const link = "rounded-md border border-slate-300 px-3 py-1";
  return (
    <nav aria-label={t.pagination} className="mt-4">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        <li>
          {page > 1 ? (
            <Link href={listHref(path, query, Math.min(page - 1, pageCount))} aria-label={t.previousLabel} rel="prev" className={link}>
              ← {t.previous}
            </Link>
          ) : (
            <span aria-hidden="true" className={`${link} text-slate-500`}>
              ← {t.previous}
            </span>
          )}
        </li>
        {(morePages ? openPageNumbers(page, pageCount) : pageNumbers(page, pageCount)).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={listHref(path, query, n)}
                aria-label={interpolate(t.pageLabel, { page: n })}
                aria-current={n === page ? "page" : undefined}
                className={n === page ? `${link} border-brand-700 bg-brand-700 text-white` : link}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={listHref(path, query, page + 1)} aria-label={t.nextLabel} rel="next" className={link}>
              {t.next} →
            </Link>
          ) : (
            <span aria-hidden="true" className={`${link} text-slate-500`}>
              {t.next} →
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
