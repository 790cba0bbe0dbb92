// scripts/lib/not-found-page.mjs: Next's empty 404 document is replaced by the not-found page; every
// other answer is sent as Next wrote it.
import { describe, expect, it } from "vitest";
import { readableBody } from "../../scripts/lib/not-found-page.mjs";

const emptyDocument = Buffer.from('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"Page introuvable"])</script></body></html>');
const notFoundPage = Buffer.from('<!DOCTYPE html><html lang="fr"><body><h1>Page introuvable</h1></body></html>');

describe("the body sent for a page Next could not draw on the server", () => {
  it("a 404 that is Next's empty document becomes the not-found page", () => {
    expect(readableBody(404, emptyDocument, notFoundPage)).toBe(notFoundPage);
  });

  it("a 404 that Next drew in full is sent as it is", () => {
    const drawn = Buffer.from('<!DOCTYPE html><html lang="fr"><body><h1>Autre chose</h1></body></html>');
    expect(readableBody(404, drawn, notFoundPage)).toBe(drawn);
  });

  it("any other status is sent as it is, even Next's empty document", () => {
    for (const status of [200, 500, 503]) expect(readableBody(status, emptyDocument, notFoundPage)).toBe(emptyDocument);
  });

  it("without a not-found page in the build, Next's document is kept", () => {
    expect(readableBody(404, emptyDocument, null)).toBe(emptyDocument);
  });
});
