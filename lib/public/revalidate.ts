import "server-only";
import { updateTag } from "next/cache";
import { nextPublicContentGeneration } from "@/lib/http/public-content-generation.mjs";
import { PUBLIC_CONTENT_TAG } from "./cached";

/**
 * Expires every cached public page, feed and query at once, and the next read waits for fresh data
 * (Next's `updateTag`: Server Actions only). Every Server Action that changes what the public site
 * can show calls it after its transaction: publishing and withdrawing, and any change to a meeting,
 * letter, statement, demand's history, document, organisation, institution, person or campaign —
 * such a record may be public, or be named by a public one (an official's title, a campaign's name),
 * and an edit form can change a record's visibility too. It is not worth telling these apart: the
 * coordinator's edits are rare, and the public pages are rendered again on their next request.
 * Our web server's copies of those pages go with them (scripts/lib/public-page-cache.mjs).
 */
export function revalidatePublicContent(): void {
  updateTag(PUBLIC_CONTENT_TAG);
  nextPublicContentGeneration();
}
