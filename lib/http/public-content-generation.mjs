// A counter of changes to what the public site can show, shared in this process between the app
// (lib/public/revalidate.ts moves it when a Server Action expires the public pages) and our web
// server (scripts/lib/public-page-cache.mjs forgets the pages it holds when it moves). Plain
// JavaScript on globalThis: the server loads this file itself, Next loads its own copy in its
// bundle, and both must read the same number.
const KEY = Symbol.for("plaidoyer.public-content-generation");

/** The current generation: a page made in another one may show withdrawn or outdated items. */
export function publicContentGeneration() {
  return globalThis[KEY] ?? 0;
}

/** Moves to a new generation: every public page held until now is outdated. */
export function nextPublicContentGeneration() {
  globalThis[KEY] = publicContentGeneration() + 1;
}
