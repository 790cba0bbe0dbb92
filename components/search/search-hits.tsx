"use client";
import { Badge } from "@/components/ui/badge";
import { ClientNavigation } from "@/components/ui/client-navigation";
import type { Segment } from "@/lib/search/highlight";
import { Highlighted } from "./highlighted";

/** A search hit as the page shows it: texts and dates already in the reader's language. */
export type SearchHitView = {
  key: string;
  href: string;
  type: string;
  /** Its date, or a meeting's day and time, formatted on the server; null for people and organisations. */
  when: string | null;
  /** Said only when it is not the members' level, the usual one. */
  visibility: string | null;
  title: Segment[];
  snippet: Segment[];
};

/**
 * A page of hits, rendered by a client component from their data, like the actions list's table
 * (components/actions/action-table.tsx): the page's React payload carries each hit once, not the
 * markup of its badge, link and marks a second time after the HTML.
 */
export function SearchHits({ hits, start }: { hits: SearchHitView[]; start: number }) {
  return (
    <ClientNavigation>
      <ol start={start} className="flex flex-col divide-y divide-slate-200">
        {hits.map((hit) => (
          <li key={hit.key} className="py-3" data-testid="search-hit">
            {/* A named class (app/globals.css) rather than the same utilities repeated in each hit. */}
            <p className="search-hit-meta">
              <Badge tone="info">{hit.type}</Badge>
              {hit.when && <span>{hit.when}</span>}
              {hit.visibility && <span>{hit.visibility}</span>}
            </p>
            <p className="mt-1 font-medium">
              <a href={hit.href}>
                <Highlighted segments={hit.title} />
              </a>
            </p>
            {hit.snippet.length > 0 && (
              <p className="mt-1 text-sm text-slate-700">
                <Highlighted segments={hit.snippet} />
              </p>
            )}
          </li>
        ))}
      </ol>
    </ClientNavigation>
  );
}
