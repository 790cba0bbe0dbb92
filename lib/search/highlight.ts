// ts_headline wraps each hit in two private-use characters (never HTML); these turn its output into
// plain segments that React renders as text, with <mark> around hits. Nothing is ever injected as HTML.
export const HIT_START = "\ue000";
export const HIT_END = "\ue001";

export type Segment = { text: string; hit: boolean };

export function toSegments(headline: string | null | undefined): Segment[] {
  if (!headline) return [];
  const segments: Segment[] = [];
  const push = (text: string, hit: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += text;
    else segments.push({ text, hit });
  };
  for (const [index, part] of headline.split(HIT_START).entries()) {
    if (index === 0) {
      push(part.replaceAll(HIT_END, ""), false);
      continue;
    }
    const end = part.indexOf(HIT_END);
    if (end === -1) {
      push(part, false);
      continue;
    }
    push(part.slice(0, end), true);
    push(part.slice(end + 1).replaceAll(HIT_END, ""), false);
  }
  return segments;
}

export function hasHit(segments: Segment[]): boolean {
  return segments.some((segment) => segment.hit);
}
