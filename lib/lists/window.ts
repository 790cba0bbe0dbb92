// How much of a list a query reads: one page of it, or everything the CSV export may carry.
// The same `where` and `orderBy` serve both, so the export has exactly the rows the pages show.
import { EXPORT_CAP, PAGE_SIZE } from "./params";

export type ListWindow = { skip: number; take: number; relationLoadStrategy: "join" | "query" };

/**
 * Past this many rows, a page reads its relations with one statement per relation instead of
 * joining them: PostgreSQL joins every skipped row before the OFFSET drops it (page 200 of the
 * actions took 156 ms joined, 20 ms not). The first pages, the ones people read, join.
 */
const JOIN_UP_TO_SKIP = 250;

export function pageWindow(page: number): ListWindow {
  const skip = (page - 1) * PAGE_SIZE;
  return { skip, take: PAGE_SIZE, relationLoadStrategy: skip < JOIN_UP_TO_SKIP ? "join" : "query" };
}

export const EXPORT_WINDOW: ListWindow = { skip: 0, take: EXPORT_CAP, relationLoadStrategy: "join" };

/**
 * A list that may hold tens of thousands of rows counts at most this many past the rows before
 * the current page: its total is then "more than …", and counting costs the same whatever the size.
 */
export const COUNT_BOUND = 1_000;

export type ListPage<T> = {
  rows: T[];
  /** The number of rows, or, when `totalIsLowerBound`, a number the rows exceed. */
  total: number;
  totalIsLowerBound?: boolean;
  page: number;
  /** The number of pages, or, when `totalIsLowerBound`, of the pages known to exist (more follow). */
  pageCount: number;
};

export function toListPage<T>(rows: T[], total: number, window: ListWindow): ListPage<T> {
  return {
    rows,
    total,
    page: Math.floor(window.skip / PAGE_SIZE) + 1,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** How many rows a bounded count reads: those before the window, then COUNT_BOUND and one more. */
export function boundedCountTake(window: ListWindow): number {
  return window.skip + Math.max(window.take, COUNT_BOUND) + 1;
}

/** A page whose total came from a count limited to boundedCountTake(window) rows. */
export function toBoundedListPage<T>(rows: T[], counted: number, window: ListWindow): ListPage<T> {
  const bound = boundedCountTake(window) - 1;
  if (counted <= bound) return toListPage(rows, counted, window);
  return { ...toListPage(rows, bound, window), totalIsLowerBound: true };
}
