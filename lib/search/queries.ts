import "server-only";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { HIT_END, HIT_START, hasHit, toSegments, type Segment } from "./highlight";
import { SEARCH_MAX_PAGES, SEARCH_PAGE_SIZE, type SearchRequest, type SearchType } from "./schema";

/** At most this many hits per kind of record, and in all: a search costs the same whatever the data size. */
const PER_TYPE = 25;
const TOTAL = SEARCH_PAGE_SIZE * SEARCH_MAX_PAGES;
/**
 * Ranking reads every matching document; past this many matches of one kind, only the most recent
 * are ranked, so that a word found everywhere still costs a bounded time. A coalition's workspace
 * holds far fewer records than this per kind; it is a safety net, not a filter.
 */
const CANDIDATES = 1_000;
// ts_headline re-reads the text it highlights: cap what it reads.
const HEADLINE_SOURCE_CHARS = 20_000;
const TITLE_OPTIONS = `StartSel="${HIT_START}", StopSel="${HIT_END}", HighlightAll=true`;
/** A highlighted headline holds a hit: a non-empty run between the two marks (as toSegments reads it). */
const HIT_PATTERN = `${HIT_START}[^${HIT_START}${HIT_END}]+${HIT_END}`;
const SNIPPET_OPTIONS = `StartSel="${HIT_START}", StopSel="${HIT_END}", MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;

export type SearchHit = {
  type: SearchType;
  id: string;
  href: string;
  title: Segment[];
  snippet: Segment[];
  /** A meeting's start (an instant), or another record's date (a calendar date); null for people and organisations. */
  startsAt: Date | null;
  day: Date | null;
  visibility: Visibility | null;
};

export type SearchResult =
  | { status: "empty" }
  | { status: "no-terms"; text: string }
  | {
      status: "ok";
      text: string;
      type: SearchType | null;
      trimmed: boolean;
      /** This page's hits, of `total` (at most 60) on `pageCount` pages; `capped` when more matched. */
      hits: SearchHit[];
      total: number;
      page: number;
      pageCount: number;
      capped: boolean;
    };

const HREF: Record<SearchType, string> = {
  meeting: "/meetings",
  demand: "/demands",
  letter: "/letters",
  statement: "/statements",
  person: "/people",
  organisation: "/organisations",
};

type Row = {
  /** Hits found, up to one past the 60 shown; and how many come before the page read. */
  found: number;
  skip: number;
} & (
  | /** The one row of a search with no hit on its page. */ { type: null; id: null }
  | { type: SearchType; id: string }
) & {
  visibility: Visibility | null;
  starts_at: Date | null;
  day: Date | null;
  /** In the reader's language; the other language's only where hers holds no hit. */
  title_preferred: string | null;
  snippet_preferred: string | null;
  title_other: string | null;
  snippet_other: string | null;
};

/**
 * Searches what the actor may read, ranked, with highlighted titles and snippets: one query, whose
 * every branch filters by visibility in SQL and reads the document the actor may search (members
 * never search the internal report, confidential notes nor private notes; coordinators do).
 */
export async function searchWorkspace(actor: Actor, request: SearchRequest, locale: Locale): Promise<SearchResult> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (request.status !== "ok") return request;

  const levels = visibleLevels(actor);
  const full = can(actor, "read:confidential-notes");
  // Filtered by kind: one past the 60 shown, so that the search knows it found more.
  const perType = request.type ? TOTAL + 1 : PER_TYPE;
  const wanted = (type: SearchType) => !request.type || request.type === type;
  const visible = (column: Prisma.Sql) => Prisma.sql`${column} = ANY(${levels}::"Visibility"[])`;

  // Each branch returns the columns named by `hits` below, in order; the texts a member may not read are not even selected.
  const branches: Prisma.Sql[] = [];
  if (wanted("meeting")) {
    const doc = full ? Prisma.sql`m."search_full"` : Prisma.sql`m."search_members"`;
    const internal = full ? Prisma.sql`, m."report", m."confidentialNotes"` : Prisma.empty;
    branches.push(Prisma.sql`(SELECT 'meeting' AS type, m.id, m.visibility::text AS visibility, m."startsAt" AS starts_at, NULL::date AS day,
        m."titleFr" AS title_fr, m."titleEn" AS title_en, 'plaidoyer_fr'::regconfig AS title_cfg,
        concat_ws(E'\n', m."agenda", m."summaryFr" ${internal}) AS body_fr, m."summaryEn" AS body_en,
        ts_rank(${doc}, m.query) AS rank
      FROM (SELECT m.*, q.query FROM "Meeting" m, q WHERE ${doc} @@ q.query AND ${visible(Prisma.sql`m.visibility`)}
        ORDER BY m."startsAt" DESC, m.id LIMIT ${CANDIDATES}) m
      ORDER BY rank DESC, m."startsAt" DESC LIMIT ${perType})`);
  }
  if (wanted("demand")) {
    branches.push(Prisma.sql`(SELECT 'demand' AS type, d.id, d.visibility::text, NULL::timestamptz, d."raisedOn",
        d."titleFr", d."titleEn", 'plaidoyer_fr'::regconfig, d."descriptionFr", d."descriptionEn",
        ts_rank(d."search_members", d.query) AS rank
      FROM (SELECT d.*, q.query FROM "Demand" d, q WHERE d."search_members" @@ q.query AND ${visible(Prisma.sql`d.visibility`)}
        ORDER BY d."raisedOn" DESC, d.id LIMIT ${CANDIDATES}) d
      ORDER BY rank DESC, d."raisedOn" DESC LIMIT ${perType})`);
  }
  if (wanted("letter")) {
    const doc = full ? Prisma.sql`l."search_full"` : Prisma.sql`l."search_members"`;
    const internal = full ? Prisma.sql`, l."confidentialNotes"` : Prisma.empty;
    branches.push(Prisma.sql`(SELECT 'letter' AS type, l.id, l.visibility::text, NULL::timestamptz, l."date",
        l."subjectFr", l."subjectEn", 'plaidoyer_fr'::regconfig, concat_ws(E'\n', l."summaryFr", l."senderName" ${internal}), l."summaryEn",
        ts_rank(${doc}, l.query) AS rank
      FROM (SELECT l.*, q.query FROM "Letter" l, q WHERE ${doc} @@ q.query AND ${visible(Prisma.sql`l.visibility`)}
        ORDER BY l."date" DESC, l.id LIMIT ${CANDIDATES}) l
      ORDER BY rank DESC, l."date" DESC LIMIT ${perType})`);
  }
  if (wanted("statement")) {
    branches.push(Prisma.sql`(SELECT 'statement' AS type, s.id, s.visibility::text, NULL::timestamptz, s."date",
        s."titleFr", s."titleEn", 'plaidoyer_fr'::regconfig, concat_ws(E'\n', s."textFr", s."bill"), s."textEn",
        ts_rank(s."search_members", s.query) AS rank
      FROM (SELECT s.*, q.query FROM "Statement" s, q WHERE s."search_members" @@ q.query AND ${visible(Prisma.sql`s.visibility`)}
        ORDER BY s."date" DESC, s.id LIMIT ${CANDIDATES}) s
      ORDER BY rank DESC, s."date" DESC LIMIT ${perType})`);
  }
  if (wanted("person")) {
    const doc = full ? Prisma.sql`p."search_full"` : Prisma.sql`p."search_members"`;
    const notes = full ? Prisma.sql`p."notes"` : Prisma.sql`NULL::text`;
    branches.push(Prisma.sql`(SELECT 'person' AS type, p.id, NULL::text, NULL::timestamptz, NULL::date,
        p."firstName" || ' ' || p."lastName", NULL::text, 'plaidoyer_simple'::regconfig, ${notes}, NULL::text,
        ts_rank(${doc}, p.query) AS rank
      FROM (SELECT p.*, q.query FROM "Person" p, q WHERE ${doc} @@ q.query
        ORDER BY p."updatedAt" DESC, p.id LIMIT ${CANDIDATES}) p
      ORDER BY rank DESC, p."lastName", p."firstName" LIMIT ${perType})`);
  }
  if (wanted("organisation")) {
    branches.push(Prisma.sql`(SELECT 'organisation' AS type, o.id, NULL::text, NULL::timestamptz, NULL::date,
        o."name" || coalesce(' (' || o."acronym" || ')', ''), NULL::text, 'plaidoyer_simple'::regconfig, o."descriptionFr", o."descriptionEn",
        ts_rank(o."search_members", o.query) AS rank
      FROM (SELECT o.*, q.query FROM "Organisation" o, q WHERE o."search_members" @@ q.query
        ORDER BY o."updatedAt" DESC, o.id LIMIT ${CANDIDATES}) o
      ORDER BY rank DESC, o."name" LIMIT ${perType})`);
  }

  // Each text is highlighted with its language's configuration (a title in French with its kind's).
  const french = { title: { cfg: Prisma.sql`b.title_cfg`, text: Prisma.sql`b.title_fr` }, snippet: { cfg: Prisma.sql`'plaidoyer_fr'::regconfig`, text: Prisma.sql`b.body_fr` } };
  const english = { title: { cfg: Prisma.sql`'plaidoyer_en'::regconfig`, text: Prisma.sql`b.title_en` }, snippet: { cfg: Prisma.sql`'plaidoyer_en'::regconfig`, text: Prisma.sql`b.body_en` } };
  const [preferred, other] = locale === "en" ? [english, french] : [french, english];
  const title = { preferred: preferred.title, other: other.title };
  const snippet = { preferred: preferred.snippet, other: other.snippet };

  // French, English and plain (names) readings of the same words, any of which may match.
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (
      SELECT websearch_to_tsquery('plaidoyer_fr', ${request.text})
          || websearch_to_tsquery('plaidoyer_en', ${request.text})
          || websearch_to_tsquery('plaidoyer_simple', ${request.text}) AS query
    ),
    hits (type, id, visibility, starts_at, day, title_fr, title_en, title_cfg, body_fr, body_en, rank) AS (
      ${Prisma.join(branches, " UNION ALL ")}
    ),
    best AS (
      SELECT *, row_number() OVER (ORDER BY rank DESC, coalesce(starts_at, day::timestamptz) DESC NULLS LAST, id) AS n
      FROM hits ORDER BY rank DESC, coalesce(starts_at, day::timestamptz) DESC NULLS LAST, id LIMIT ${TOTAL + 1}
    ),
    -- The page asked for, or the last page of hits when it is past it.
    found AS (
      SELECT count(*)::int AS found,
        (least(${request.page}, greatest(ceil(least(count(*), ${TOTAL}) / ${SEARCH_PAGE_SIZE}::numeric), 1)) - 1)::int * ${SEARCH_PAGE_SIZE} AS skip
      FROM best
    ),
    -- Only the page's hits are highlighted, first in the reader's language.
    -- MATERIALIZED: inlined, each headline below would be computed twice (once more where it is tested for a hit).
    shown AS MATERIALIZED (
      SELECT b.*, f.found, f.skip,
        ts_headline(${title.preferred.cfg}, ${title.preferred.text}, q.query, ${TITLE_OPTIONS}) AS title_preferred,
        ts_headline(${snippet.preferred.cfg}, left(${snippet.preferred.text}, ${HEADLINE_SOURCE_CHARS}), q.query, ${SNIPPET_OPTIONS}) AS snippet_preferred
      FROM best b, q, found f
      WHERE b.n > f.skip AND b.n <= f.skip + ${SEARCH_PAGE_SIZE} AND b.n <= ${TOTAL}
    )
    -- The other language only where the reader's holds no hit: it is shown only then (see pick()).
    -- Without any hit on the page, one row still says how many were found (none).
    SELECT f.found, f.skip, b.type, b.id, b.visibility, b.starts_at, b.day, b.title_preferred, b.snippet_preferred,
      CASE WHEN coalesce(b.title_preferred !~ ${HIT_PATTERN}, true)
        THEN ts_headline(${title.other.cfg}, ${title.other.text}, q.query, ${TITLE_OPTIONS}) END AS title_other,
      CASE WHEN coalesce(b.snippet_preferred !~ ${HIT_PATTERN}, true)
        THEN ts_headline(${snippet.other.cfg}, left(${snippet.other.text}, ${HEADLINE_SOURCE_CHARS}), q.query, ${SNIPPET_OPTIONS}) END AS snippet_other
    FROM found f CROSS JOIN q LEFT JOIN shown b ON true
    ORDER BY b.rank DESC, coalesce(b.starts_at, b.day::timestamptz) DESC NULLS LAST, b.id`;

  const found = rows[0].found;
  const total = Math.min(found, TOTAL);
  return {
    status: "ok",
    text: request.text,
    type: request.type,
    trimmed: request.trimmed,
    total,
    page: rows[0].skip / SEARCH_PAGE_SIZE + 1,
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
    capped: found > TOTAL,
    hits: rows.flatMap((row): SearchHit[] =>
      row.id === null
        ? []
        : [
            {
              type: row.type,
              id: row.id,
              href: `${HREF[row.type]}/${row.id}`,
              title: pick(toSegments(row.title_preferred), toSegments(row.title_other)),
              snippet: pick(toSegments(row.snippet_preferred), toSegments(row.snippet_other)),
              startsAt: row.starts_at,
              day: row.day,
              visibility: row.visibility,
            },
          ],
    ),
  };
}

/** The reader's language when it holds a hit, else the other language when that one does. */
function pick(preferred: Segment[], other: Segment[]): Segment[] {
  if (hasHit(preferred)) return preferred;
  if (hasHit(other)) return other;
  return preferred.length ? preferred : other;
}
