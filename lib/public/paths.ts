// The public site's addresses: French at the root, English under /en.
import type { Locale } from "@/lib/i18n/locales";
import { entryKey, viewToQuery, type EntryKind, type TimelineView } from "./timeline-view";

export function localePath(locale: Locale, path: string): string {
  if (locale === "fr") return path;
  return path === "/" ? "/en" : `/en${path}`;
}

export function timelineHref(locale: Locale, view: TimelineView = {}): string {
  const query = viewToQuery(view);
  return localePath(locale, "/timeline") + (query ? `?${query}` : "");
}

export function entryHref(locale: Locale, kind: EntryKind, id: string): string {
  return localePath(locale, `/timeline/${entryKey(kind, id)}`);
}

/** Where a public document is downloaded (the download itself is served by the documents route). */
export function documentHref(documentId: string): string {
  return `/documents/${documentId}`;
}

export function feedHref(locale: Locale): string {
  return `/feeds/timeline-${locale}.xml`;
}

export const MEETINGS_CALENDAR_HREF = "/feeds/meetings.ics";
