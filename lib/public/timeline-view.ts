// What a timeline URL asks for: filters (year, institution, campaign, theme) and a keyset cursor.
// Pure and dependency-free: the proxy, the pages and the tests share it. Anything malformed is
// dropped, so a bad query string leads to the nearest valid page, never to an error.

export const ENTRY_KINDS = ["meeting", "letter", "statement", "milestone"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Within one date, entries come in this order; then newest id first. */
export const KIND_RANK: Record<EntryKind, number> = { meeting: 0, letter: 1, statement: 2, milestone: 3 };

/** The position of an entry in the timeline: the page after it starts just below it. */
export type Cursor = { time: number; kind: EntryKind; id: string };

export type TimelineView = {
  year?: number;
  institution?: string;
  campaign?: string;
  theme?: string;
  after?: Cursor;
};

export const VIEW_KEYS = ["year", "institution", "campaign", "theme", "after"] as const;
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

const ID = /^[a-z0-9]{8,40}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isEntryKind(value: string): value is EntryKind {
  return (ENTRY_KINDS as readonly string[]).includes(value);
}

/** "letter-ckxyz…" — the URL of an entry names its kind and its record. */
export function entryKey(kind: EntryKind, id: string): string {
  return `${kind}-${id}`;
}

export function parseEntryKey(key: string): { kind: EntryKind; id: string } | null {
  const dash = key.indexOf("-");
  if (dash < 0) return null;
  const kind = key.slice(0, dash);
  const id = key.slice(dash + 1);
  return isEntryKind(kind) && ID.test(id) ? { kind, id } : null;
}

export function formatCursor(cursor: Cursor): string {
  return `${cursor.time}_${cursor.kind}_${cursor.id}`;
}

export function parseCursor(value: string): Cursor | null {
  const match = /^(\d{1,15})_([a-z]+)_([a-z0-9]+)$/.exec(value);
  if (!match) return null;
  const [, time, kind, id] = match;
  if (!isEntryKind(kind) || !ID.test(id)) return null;
  return { time: Number(time), kind, id };
}

/** Reads a query string; keeps only well-formed values. */
export function parseTimelineQuery(params: URLSearchParams): TimelineView {
  const view: TimelineView = {};
  const year = params.get("year");
  if (year && /^\d{4}$/.test(year) && Number(year) >= FIRST_YEAR && Number(year) <= LAST_YEAR) view.year = Number(year);
  const institution = params.get("institution");
  if (institution && ID.test(institution)) view.institution = institution;
  const campaign = params.get("campaign");
  if (campaign && campaign.length <= 100 && SLUG.test(campaign)) view.campaign = campaign;
  const theme = params.get("theme");
  if (theme && theme.length <= 100 && SLUG.test(theme)) view.theme = theme;
  const after = params.get("after");
  const cursor = after ? parseCursor(after) : null;
  if (cursor) view.after = cursor;
  return view;
}

/** The one spelling of a view as a query string, in a fixed order ("" for the first page). */
export function viewToQuery(view: TimelineView): string {
  const params = new URLSearchParams();
  if (view.year) params.set("year", String(view.year));
  if (view.institution) params.set("institution", view.institution);
  if (view.campaign) params.set("campaign", view.campaign);
  if (view.theme) params.set("theme", view.theme);
  if (view.after) params.set("after", formatCursor(view.after));
  return params.toString();
}

/** Statements name no institution and no theme: a filter on either lists none of them. */
export function leavesOutStatements(view: TimelineView): boolean {
  return Boolean(view.institution || view.theme);
}

export function isFiltered(view: TimelineView): boolean {
  return Boolean(view.year || view.institution || view.campaign || view.theme);
}
