// How much of a list a query reads: one page of it, or everything the CSV export may carry.
// The same `where` and `orderBy` serve both, so the export has exactly the rows the pages show.
import { EXPORT_CAP, PAGE_SIZE } from "./params";

export type ListWindow = { skip: number; take: number };

export function pageWindow(page: number): ListWindow {
  return { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE };
}

export const EXPORT_WINDOW: ListWindow = { skip: 0, take: EXPORT_CAP };

export type ListPage<T> = {
  rows: T[];
  total: number;
  page: number;
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
