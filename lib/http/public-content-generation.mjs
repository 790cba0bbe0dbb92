// What this process knows of changes to what the public site can show, shared between the app
// (lib/public/revalidate.ts, app/api/internal/public-content) and our web server
// (scripts/lib/public-page-cache.mjs, scripts/lib/public-content-watch.mjs). Plain JavaScript on
// globalThis: the server loads this file itself, Next loads its own copy in its bundle, and both
// must read the same numbers.
const GENERATION = Symbol.for("plaidoyer.public-content-generation");
const COVERED = Symbol.for("plaidoyer.public-content-covered-count");

/** The current generation: a page made in another one may show withdrawn or outdated items. */
export function publicContentGeneration() {
  return globalThis[GENERATION] ?? 0;
}

/** Moves to a new generation: every public page held until now is outdated. */
export function nextPublicContentGeneration() {
  globalThis[GENERATION] = publicContentGeneration() + 1;
}

/**
 * The database's count of public changes (table PublicContentChange) that this process's public
 * pages already reflect; undefined until it is first known.
 */
export function coveredPublicContentCount() {
  return globalThis[COVERED];
}

/** This process's public pages reflect every change counted up to `count`. */
export function coverPublicContentCount(count) {
  const covered = coveredPublicContentCount();
  globalThis[COVERED] = covered === undefined ? count : Math.max(covered, count);
}

// How this process's web server proves to the app's internal route that the call is its own: a
// secret it makes at start (scripts/lib/public-content-watch.mjs) and puts in its own environment.
export const INTERNAL_SECRET_HEADER = "x-plaidoyer-internal";
export const INTERNAL_SECRET_VARIABLE = "PLAIDOYER_INTERNAL_SECRET";
