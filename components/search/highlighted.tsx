import type { Segment } from "@/lib/search/highlight";

/**
 * Text with its search hits in <mark>; every segment is rendered as text, never as HTML. The text
 * between hits is bare (no element of its own): a page of sixty hits has hundreds of such runs, and
 * each element costs its share of the server's rendering and of the page's weight; the marks' look is
 * one class (app/globals.css).
 */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="search-hit-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
