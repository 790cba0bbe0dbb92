-- Full-text search over meetings, demands, letters, statements, people and organisations.
-- Written by hand: Prisma cannot express text search configurations nor generated tsvector columns.
-- The columns are not declared in schema.prisma, so Prisma's later diffs leave them alone; they are
-- read only by lib/search/queries.ts. See docs/decisions/006-full-text-search.md.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- French, English and "simple" (for names), each accent-insensitive: "traite" finds "Traité".
CREATE TEXT SEARCH CONFIGURATION plaidoyer_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION plaidoyer_fr
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TEXT SEARCH CONFIGURATION plaidoyer_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION plaidoyer_en
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TEXT SEARCH CONFIGURATION plaidoyer_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION plaidoyer_simple
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- Two documents where part of a record is for coordinators only:
--   search_members: what members and observers may read (titles, agenda, public summaries…);
--   search_full:    the same plus the internal report, confidential notes and private notes.
-- Members' searches only ever read search_members, so a word that appears only in a confidential
-- note cannot even match for them. Weights: A titles and names, B texts, C the rest.

ALTER TABLE "Meeting" ADD COLUMN "search_members" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('plaidoyer_fr', coalesce("titleFr", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("titleEn", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("agenda", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("summaryFr", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("summaryEn", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_simple', coalesce("place", '')), 'C')
) STORED;
ALTER TABLE "Meeting" ADD COLUMN "search_full" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('plaidoyer_fr', coalesce("titleFr", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("titleEn", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("agenda", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("summaryFr", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("summaryEn", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_simple', coalesce("place", '')), 'C') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("report", '')), 'C') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("confidentialNotes", '')), 'C')
) STORED;
CREATE INDEX "Meeting_search_members_idx" ON "Meeting" USING GIN ("search_members");
CREATE INDEX "Meeting_search_full_idx" ON "Meeting" USING GIN ("search_full");

ALTER TABLE "Demand" ADD COLUMN "search_members" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('plaidoyer_fr', coalesce("titleFr", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("titleEn", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("descriptionFr", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("descriptionEn", '')), 'B')
) STORED;
CREATE INDEX "Demand_search_members_idx" ON "Demand" USING GIN ("search_members");

ALTER TABLE "Letter" ADD COLUMN "search_members" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('plaidoyer_fr', coalesce("subjectFr", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("subjectEn", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("summaryFr", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("summaryEn", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_simple', coalesce("senderName", '')), 'C')
) STORED;
ALTER TABLE "Letter" ADD COLUMN "search_full" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('plaidoyer_fr', coalesce("subjectFr", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("subjectEn", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("summaryFr", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("summaryEn", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_simple', coalesce("senderName", '')), 'C') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("confidentialNotes", '')), 'C')
) STORED;
CREATE INDEX "Letter_search_members_idx" ON "Letter" USING GIN ("search_members");
CREATE INDEX "Letter_search_full_idx" ON "Letter" USING GIN ("search_full");

ALTER TABLE "Statement" ADD COLUMN "search_members" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('plaidoyer_fr', coalesce("titleFr", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("titleEn", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("textFr", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("textEn", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("bill", '')), 'C')
) STORED;
CREATE INDEX "Statement_search_members_idx" ON "Statement" USING GIN ("search_members");

-- A person's notes may be about an official: coordinators only.
ALTER TABLE "Person" ADD COLUMN "search_members" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('plaidoyer_simple', coalesce("firstName", '') || ' ' || coalesce("lastName", '')), 'A')
) STORED;
ALTER TABLE "Person" ADD COLUMN "search_full" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('plaidoyer_simple', coalesce("firstName", '') || ' ' || coalesce("lastName", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("notes", '')), 'C')
) STORED;
CREATE INDEX "Person_search_members_idx" ON "Person" USING GIN ("search_members");
CREATE INDEX "Person_search_full_idx" ON "Person" USING GIN ("search_full");

ALTER TABLE "Organisation" ADD COLUMN "search_members" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('plaidoyer_simple', coalesce("name", '') || ' ' || coalesce("acronym", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("name", '')), 'A') ||
  setweight(to_tsvector('plaidoyer_fr', coalesce("descriptionFr", '')), 'B') ||
  setweight(to_tsvector('plaidoyer_en', coalesce("descriptionEn", '')), 'B')
) STORED;
CREATE INDEX "Organisation_search_members_idx" ON "Organisation" USING GIN ("search_members");
