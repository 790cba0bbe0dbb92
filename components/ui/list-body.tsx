import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { Pagination } from "./pagination";
import { interpolate } from "@/lib/i18n/interpolate";
import type { ListsMessages } from "@/lib/i18n/messages/lists";
import { EXPORT_CAP, isFiltered, listHref, type ListParams } from "@/lib/lists/params";
import type { ListPage } from "@/lib/lists/window";

/**
 * Everything under a list's filters, the same for every list: the count and the CSV export of
 * exactly these rows, the page's table (a DataTable of `page.rows`) or an empty state that says
 * what to do, and the pagination.
 */
export function ListBody<T>({
  path,
  exportName,
  params,
  page,
  table,
  emptyBody,
  t,
}: {
  path: string;
  /** The list's name under /api/export/, or none when the list has no export. */
  exportName?: string;
  params: ListParams<unknown>;
  page: ListPage<T>;
  /** The table of `page.rows`, shown when the page has rows. */
  table: ReactNode;
  /** What to do when the unfiltered list is empty. */
  emptyBody: string;
  t: ListsMessages;
}) {
  // A bounded count (lib/lists/window.ts) says only that there are more rows than it counted.
  const count = page.totalIsLowerBound
    ? interpolate(t.countMoreThan, { count: page.total })
    : page.total === 0
      ? t.countNone
      : page.total === 1
        ? t.countOne
        : interpolate(t.countMany, { count: page.total });
  const pageOf = page.totalIsLowerBound
    ? interpolate(t.pageOfMany, { page: page.page })
    : interpolate(t.pageOf, { page: Math.min(page.page, page.pageCount), pageCount: page.pageCount });
  return (
    <>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p aria-live="polite">
          {count}
          {page.pageCount > 1 && ` · ${pageOf}`}
        </p>
        {exportName && page.total > 0 && (
          <a
            href={listHref(`/api/export/${exportName}`, params.query)}
            download
            title={interpolate(t.exportCsvHint, { cap: EXPORT_CAP })}
          >
            {t.exportCsv}
          </a>
        )}
      </div>
      {page.rows.length > 0 ? (
        table
      ) : page.total > 0 ? (
        <EmptyState title={t.beyondLastPage} action={{ href: listHref(path, params.query), label: t.backToFirstPage }} />
      ) : isFiltered(params) ? (
        <EmptyState title={t.emptyFilteredTitle} body={t.emptyFilteredBody} action={{ href: path, label: t.reset }} />
      ) : (
        <EmptyState title={t.emptyTitle} body={emptyBody} />
      )}
      <Pagination path={path} query={params.query} page={page.page} pageCount={page.pageCount} morePages={page.totalIsLowerBound} t={t} />
    </>
  );
}
