import "server-only";
// The public read model behind Next's data cache. Every entry carries the one tag that publishing
// (and any edit of a public item) expires, so withdrawn items vanish from pages and feeds at once;
// the hour is only a backstop for time-dependent content ("next meetings").
import { unstable_cache } from "next/cache";
import * as queries from "./queries";
import type { EntryKind, TimelineView } from "./timeline-view";

export const PUBLIC_CONTENT_TAG = "public-content";
const options = { tags: [PUBLIC_CONTENT_TAG], revalidate: 3600 };

export const getTimelinePage = unstable_cache((view: TimelineView) => queries.findTimelinePage(view), ["public:timeline-page"], options);
export const getLatestEntries = unstable_cache((limit: number) => queries.findLatestEntries(limit), ["public:latest"], options);
export const getFeedEntries = unstable_cache((limit: number) => queries.findFeedEntries(limit), ["public:feed"], options);
export const getTimelineFilterOptions = unstable_cache(() => queries.findTimelineFilterOptions(), ["public:filter-options"], options);
export const getPublicEntry = unstable_cache((kind: EntryKind, id: string) => queries.findPublicEntry(kind, id), ["public:entry"], options);
export const getPublicOrganisations = unstable_cache(() => queries.findPublicOrganisations(), ["public:organisations"], options);
export const getUpcomingPublicMeetings = unstable_cache(
  (limit: number) => queries.findPublicMeetings({ from: new Date(), limit }),
  ["public:upcoming-meetings"],
  { tags: [PUBLIC_CONTENT_TAG], revalidate: 900 },
);
export const getAllPublicMeetings = unstable_cache(() => queries.findPublicMeetings({}), ["public:all-meetings"], options);
export const getAllEntryRefs = unstable_cache(() => queries.findAllEntryRefs(), ["public:entry-refs"], options);
export const isPublicPosition = unstable_cache(queries.isPublicPosition, ["public:position"], options);
