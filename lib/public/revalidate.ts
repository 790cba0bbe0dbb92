import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { coverPublicContentCount, nextPublicContentGeneration } from "@/lib/http/public-content-generation.mjs";
import { PUBLIC_CONTENT_TAG } from "./cached";
import { countPublicContentChange } from "./content-changes";

/**
 * Expires every cached public page, feed and query at once, and the next read waits for fresh data
 * (Next's `updateTag`: Server Actions only). Every Server Action that changes what the public site
 * can show calls it after its transaction: publishing and withdrawing, and any change to a meeting,
 * letter, statement, demand's history, document, organisation, institution, person or campaign —
 * such a record may be public, or be named by a public one (an official's title, a campaign's name),
 * and an edit form can change a record's visibility too. It is not worth telling these apart: the
 * coordinator's edits are rare, and the public pages are rendered again on their next request.
 * Our web server's copies of those pages go with them (scripts/lib/public-page-cache.mjs), and the
 * change is counted in the database, where the other instances of the app see it within a second
 * (scripts/lib/public-content-watch.mjs, docs/decisions/017).
 */
export async function revalidatePublicContent(): Promise<void> {
  // Counted first, expired after: the pages this instance renders from now on reflect every change
  // counted up to here (its own and other instances'), so its watcher need not expire them again.
  let counted: number | undefined;
  try {
    counted = await countPublicContentChange();
  } catch (error) {
    // The change itself is saved: the user is not told otherwise. The other instances keep their
    // pages until their hour of `revalidate` runs out; this one expires its own below.
    console.error("The change to the public content could not be counted for the other instances:", error);
  }
  updateTag(PUBLIC_CONTENT_TAG);
  nextPublicContentGeneration();
  if (counted !== undefined) coverPublicContentCount(counted);
}

/**
 * What this instance does when another one changed the public content: the same expiry, from a
 * route handler (`app/api/internal/public-content/route.ts`), where `updateTag` is not allowed.
 */
export function expirePublicContentHere(): void {
  revalidateTag(PUBLIC_CONTENT_TAG, { expire: 0 });
  nextPublicContentGeneration();
}
