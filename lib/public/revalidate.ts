import "server-only";
import { revalidateTag } from "next/cache";
import { PUBLIC_CONTENT_TAG } from "./cached";

/**
 * Expires every cached public page, feed and query at once. Call it after any change to an item
 * that is or was PUBLIC (publishing, withdrawing, editing a public meeting, letter, statement,
 * demand, document or organisation). In a Server Action, `updateTag(PUBLIC_CONTENT_TAG)` does the same.
 */
export function revalidatePublicContent(): void {
  revalidateTag(PUBLIC_CONTENT_TAG, { expire: 0 });
}
