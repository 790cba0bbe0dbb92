import "server-only";
// The coordinator's view of what is published: every meeting, letter, statement and demand with its
// visibility, its version and the translations it lacks; and every text the public pages show that
// has one language and lacks the other.
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { parentPath } from "@/lib/documents/parents";
import { AppError } from "@/lib/errors";
import type { PublishableKind } from "./schema";
import { findVisibilitiesBeforePublication } from "./visibility-before-publication";

export const PUBLISHING_PAGE_SIZE = 50;

/** A field that has one language and lacks the other, e.g. { field: "summary", lacks: "en" }. */
export type MissingTranslation = {
  field: "title" | "summary" | "text" | "description" | "milestoneNotes" | "note" | "name";
  lacks: "fr" | "en";
};

export type PublishableItem = {
  kind: PublishableKind;
  id: string;
  date: Date;
  titleFr: string;
  titleEn: string | null;
  visibility: Visibility;
  version: number;
  missing: MissingTranslation[];
  publicMilestones?: number;
  /** A public item: the visibility a withdrawal returns it to. */
  withdrawTo?: Visibility;
};

/** Each missing translation once: "step notes in English", whatever how many steps lack it. */
const onceEach = (missing: MissingTranslation[]) =>
  missing.filter((one, index) => missing.findIndex((other) => other.field === one.field && other.lacks === one.lacks) === index);

function lacks(field: MissingTranslation["field"], fr: string | null, en: string | null): MissingTranslation[] {
  if (fr?.trim() && !en?.trim()) return [{ field, lacks: "en" }];
  if (en?.trim() && !fr?.trim()) return [{ field, lacks: "fr" }];
  return [];
}

type PublishableItemsQuery = { actor: Actor; kind: PublishableKind; page: number };

/** One page of the items of a kind, newest first; a public item says where a withdrawal would send it. */
export async function findPublishableItems(query: PublishableItemsQuery): Promise<{ items: PublishableItem[]; total: number }> {
  if (!can(query.actor, "publish:timeline")) throw new AppError("FORBIDDEN");
  const { items, total } = await readPublishableItems(query);
  const published = items.filter((item) => item.visibility === "PUBLIC").map((item) => item.id);
  const withdrawTo = await findVisibilitiesBeforePublication(db, query.kind, published);
  return { total, items: items.map((item) => (withdrawTo.has(item.id) ? { ...item, withdrawTo: withdrawTo.get(item.id) } : item)) };
}

async function readPublishableItems({ kind, page }: PublishableItemsQuery): Promise<{ items: PublishableItem[]; total: number }> {
  const skip = (page - 1) * PUBLISHING_PAGE_SIZE;
  const take = PUBLISHING_PAGE_SIZE;
  switch (kind) {
    case "meeting": {
      const [rows, total] = await Promise.all([
        db.meeting.findMany({
          orderBy: [{ startsAt: "desc" }, { id: "desc" }],
          skip,
          take,
          select: { id: true, startsAt: true, titleFr: true, titleEn: true, summaryFr: true, summaryEn: true, visibility: true, version: true },
        }),
        db.meeting.count(),
      ]);
      return {
        total,
        items: rows.map((m) => ({
          kind,
          id: m.id,
          date: m.startsAt,
          titleFr: m.titleFr,
          titleEn: m.titleEn,
          visibility: m.visibility,
          version: m.version,
          missing: [...lacks("title", m.titleFr, m.titleEn), ...lacks("summary", m.summaryFr, m.summaryEn)],
        })),
      };
    }
    case "letter": {
      const [rows, total] = await Promise.all([
        db.letter.findMany({
          orderBy: [{ date: "desc" }, { id: "desc" }],
          skip,
          take,
          select: { id: true, date: true, subjectFr: true, subjectEn: true, summaryFr: true, summaryEn: true, visibility: true, version: true },
        }),
        db.letter.count(),
      ]);
      return {
        total,
        items: rows.map((l) => ({
          kind,
          id: l.id,
          date: l.date,
          titleFr: l.subjectFr,
          titleEn: l.subjectEn,
          visibility: l.visibility,
          version: l.version,
          missing: [...lacks("title", l.subjectFr, l.subjectEn), ...lacks("summary", l.summaryFr, l.summaryEn)],
        })),
      };
    }
    case "statement": {
      const [rows, total] = await Promise.all([
        db.statement.findMany({
          orderBy: [{ date: "desc" }, { id: "desc" }],
          skip,
          take,
          select: { id: true, date: true, titleFr: true, titleEn: true, textFr: true, textEn: true, visibility: true, version: true },
        }),
        db.statement.count(),
      ]);
      return {
        total,
        items: rows.map((s) => ({
          kind,
          id: s.id,
          date: s.date,
          titleFr: s.titleFr,
          titleEn: s.titleEn,
          visibility: s.visibility,
          version: s.version,
          missing: [...lacks("title", s.titleFr, s.titleEn), ...lacks("text", s.textFr, s.textEn)],
        })),
      };
    }
    case "demand": {
      const [rows, total] = await Promise.all([
        db.demand.findMany({
          orderBy: [{ statusDate: "desc" }, { id: "desc" }],
          skip,
          take,
          select: {
            id: true,
            statusDate: true,
            titleFr: true,
            titleEn: true,
            descriptionFr: true,
            descriptionEn: true,
            visibility: true,
            version: true,
            statusChanges: { where: { milestone: true }, select: { noteFr: true, noteEn: true } },
          },
        }),
        db.demand.count(),
      ]);
      return {
        total,
        items: rows.map((d) => ({
          kind,
          id: d.id,
          date: d.statusDate,
          titleFr: d.titleFr,
          titleEn: d.titleEn,
          visibility: d.visibility,
          version: d.version,
          publicMilestones: d.statusChanges.length,
          missing: [
            ...lacks("title", d.titleFr, d.titleEn),
            ...lacks("description", d.descriptionFr, d.descriptionEn),
            ...onceEach(d.statusChanges.flatMap((c) => lacks("milestoneNotes", c.noteFr, c.noteEn))),
          ],
        })),
      };
    }
  }
}

// ─── What the public pages show in one language only ────────────────────────────────────────────

/** In this order: the items, the public steps of public demands, then what public items name. */
export const TRANSLATION_GAP_KINDS = ["meeting", "letter", "statement", "demand", "step", "document", "institution", "campaign", "theme"] as const;
export type TranslationGapKind = (typeof TRANSLATION_GAP_KINDS)[number];

export type TranslationGap = {
  kind: TranslationGapKind;
  id: string;
  /** What the row names; a step is named by its demand. */
  name: { fr: string; en: string | null };
  /** An item's or a step's date; null for a name. */
  date: Date | null;
  missing: MissingTranslation[];
  /** Where to complete it: the form that edits it. */
  fixHref: string;
};

/** A bilingual pair of columns as the public pages show it; `required` names the side that cannot be null. */
type Pair = { field: MissingTranslation["field"]; fr: string; en: string; required?: "fr" | "both" };

/** Empty: null (where the column allows it) or "". */
const blank = (column: string, nullable: boolean) => ({ OR: [{ [column]: "" }, ...(nullable ? [{ [column]: null }] : [])] });
/** The rows where some pair has one language and not the other, in either direction. */
const oneLanguageOnly = (pairs: readonly Pair[]) => ({
  OR: pairs.flatMap(({ fr, en, required }) => {
    const frBlank = blank(fr, !required);
    const enBlank = blank(en, required !== "both");
    return [{ AND: [{ NOT: frBlank }, enBlank] }, { AND: [{ NOT: enBlank }, frBlank] }];
  }),
});
const missingIn = (row: Record<string, unknown>, pairs: readonly Pair[]) =>
  pairs.flatMap(({ field, fr, en }) => lacks(field, row[fr] as string | null, row[en] as string | null));

const PUBLIC = "PUBLIC" as const;
// What the public read model (lib/public/queries.ts) shows: a cancelled meeting is not on it.
const publicMeeting = { visibility: PUBLIC, status: { not: "CANCELLED" as const } };
const publicDemandWithMilestone = { visibility: PUBLIC, statusChanges: { some: { milestone: true } } };

const pair = (field: Pair["field"], fr: string, en: string, required?: Pair["required"]): Pair => ({ field, fr, en, required });
const TITLE_SUMMARY = [pair("title", "titleFr", "titleEn", "fr"), pair("summary", "summaryFr", "summaryEn")];
const SUBJECT_SUMMARY = [pair("title", "subjectFr", "subjectEn", "fr"), pair("summary", "summaryFr", "summaryEn")];
const TITLE_TEXT = [pair("title", "titleFr", "titleEn", "fr"), pair("text", "textFr", "textEn", "fr")];
const TITLE_DESCRIPTION = [pair("title", "titleFr", "titleEn", "fr"), pair("description", "descriptionFr", "descriptionEn")];
const NOTE = [pair("note", "noteFr", "noteEn", "fr")];
const TITLE = [pair("title", "titleFr", "titleEn", "fr")];
const INSTITUTION_NAME = [pair("name", "name", "nameEn", "fr")];
const CAMPAIGN_NAME = [pair("name", "nameFr", "nameEn", "fr")];
const THEME_NAME = [pair("name", "nameFr", "nameEn", "both")];

type GapSource = { count: () => Promise<number>; read: (skip: number, take: number) => Promise<TranslationGap[]> };

/** A kind's rows lacking a language: how many, a page of them, and what each row's line says. */
function gapSource<Row extends { id: string }>(
  kind: TranslationGapKind,
  pairs: readonly Pair[],
  count: () => Promise<number>,
  read: (page: { skip: number; take: number }) => Promise<Row[]>,
  describe: (row: Row) => Pick<TranslationGap, "name" | "date" | "fixHref">,
): GapSource {
  return {
    count,
    read: async (skip, take) => (await read({ skip, take })).map((row) => ({ kind, id: row.id, ...describe(row), missing: missingIn(row, pairs) })),
  };
}

/** For each kind, the public rows that lack a language, and how to read a page of them. */
function gapSources(): Record<TranslationGapKind, GapSource> {
  const byDate = (column: string) => [{ [column]: "desc" as const }, { id: "desc" as const }];
  const meetings = { AND: [publicMeeting, oneLanguageOnly(TITLE_SUMMARY)] };
  const letters = { AND: [{ visibility: PUBLIC }, oneLanguageOnly(SUBJECT_SUMMARY)] };
  const statements = { AND: [{ visibility: PUBLIC }, oneLanguageOnly(TITLE_TEXT)] };
  const demands = { AND: [{ visibility: PUBLIC }, oneLanguageOnly(TITLE_DESCRIPTION)] };
  const steps = { AND: [{ milestone: true, demand: { visibility: PUBLIC } }, oneLanguageOnly(NOTE)] };
  const documents = {
    AND: [{ visibility: PUBLIC, OR: [{ meeting: publicMeeting }, { letter: { visibility: PUBLIC } }, { statement: { visibility: PUBLIC } }] }, oneLanguageOnly(TITLE)],
  };
  // The institutions, campaigns and themes public entries name: on their pages and in the timeline's filters.
  const institutions = {
    AND: [
      {
        OR: [
          { meetings: { some: { meeting: publicMeeting } } },
          { lettersSent: { some: { visibility: PUBLIC } } },
          { letterRecipients: { some: { letter: { visibility: PUBLIC } } } },
          { demandTargets: { some: { demand: publicDemandWithMilestone } } },
        ],
      },
      oneLanguageOnly(INSTITUTION_NAME),
    ],
  };
  const campaigns = {
    AND: [
      {
        visibility: PUBLIC,
        OR: [
          { meetings: { some: publicMeeting } },
          { letters: { some: { visibility: PUBLIC } } },
          { statements: { some: { visibility: PUBLIC } } },
          { demands: { some: publicDemandWithMilestone } },
        ],
      },
      oneLanguageOnly(CAMPAIGN_NAME),
    ],
  };
  const themes = { AND: [{ demands: { some: { demand: { visibility: PUBLIC } } } }, oneLanguageOnly(THEME_NAME)] };

  return {
    meeting: gapSource(
      "meeting",
      TITLE_SUMMARY,
      () => db.meeting.count({ where: meetings }),
      (page) =>
        db.meeting.findMany({ where: meetings, orderBy: byDate("startsAt"), ...page, select: { id: true, startsAt: true, titleFr: true, titleEn: true, summaryFr: true, summaryEn: true } }),
      (m) => ({ name: { fr: m.titleFr, en: m.titleEn }, date: m.startsAt, fixHref: `/meetings/${m.id}/edit` }),
    ),
    letter: gapSource(
      "letter",
      SUBJECT_SUMMARY,
      () => db.letter.count({ where: letters }),
      (page) =>
        db.letter.findMany({ where: letters, orderBy: byDate("date"), ...page, select: { id: true, date: true, subjectFr: true, subjectEn: true, summaryFr: true, summaryEn: true } }),
      (l) => ({ name: { fr: l.subjectFr, en: l.subjectEn }, date: l.date, fixHref: `/letters/${l.id}/edit` }),
    ),
    statement: gapSource(
      "statement",
      TITLE_TEXT,
      () => db.statement.count({ where: statements }),
      (page) => db.statement.findMany({ where: statements, orderBy: byDate("date"), ...page, select: { id: true, date: true, titleFr: true, titleEn: true, textFr: true, textEn: true } }),
      (st) => ({ name: { fr: st.titleFr, en: st.titleEn }, date: st.date, fixHref: `/statements/${st.id}/edit` }),
    ),
    demand: gapSource(
      "demand",
      TITLE_DESCRIPTION,
      () => db.demand.count({ where: demands }),
      (page) =>
        db.demand.findMany({
          where: demands,
          orderBy: byDate("statusDate"),
          ...page,
          select: { id: true, statusDate: true, titleFr: true, titleEn: true, descriptionFr: true, descriptionEn: true },
        }),
      (d) => ({ name: { fr: d.titleFr, en: d.titleEn }, date: d.statusDate, fixHref: `/demands/${d.id}/edit` }),
    ),
    step: gapSource(
      "step",
      NOTE,
      () => db.demandStatusChange.count({ where: steps }),
      (page) =>
        db.demandStatusChange.findMany({
          where: steps,
          orderBy: byDate("date"),
          ...page,
          select: { id: true, demandId: true, date: true, noteFr: true, noteEn: true, demand: { select: { titleFr: true, titleEn: true } } },
        }),
      // A step is named by its demand.
      (c) => ({ name: { fr: c.demand.titleFr, en: c.demand.titleEn }, date: c.date, fixHref: `/demands/${c.demandId}/status/${c.id}/edit` }),
    ),
    document: gapSource(
      "document",
      TITLE,
      () => db.document.count({ where: documents }),
      (page) =>
        db.document.findMany({ where: documents, orderBy: byDate("createdAt"), ...page, select: { id: true, titleFr: true, titleEn: true, meetingId: true, letterId: true, statementId: true } }),
      // A document's title is set when it is uploaded: its record's documents are where it is replaced.
      (d) => ({
        name: { fr: d.titleFr, en: d.titleEn },
        date: null,
        fixHref: `${d.meetingId ? parentPath("meeting", d.meetingId) : d.letterId ? parentPath("letter", d.letterId) : parentPath("statement", d.statementId!)}#documents`,
      }),
    ),
    institution: gapSource(
      "institution",
      INSTITUTION_NAME,
      () => db.institution.count({ where: institutions }),
      (page) => db.institution.findMany({ where: institutions, orderBy: [{ name: "asc" }, { id: "asc" }], ...page, select: { id: true, name: true, nameEn: true } }),
      (i) => ({ name: { fr: i.name, en: i.nameEn }, date: null, fixHref: `/institutions/${i.id}/edit` }),
    ),
    campaign: gapSource(
      "campaign",
      CAMPAIGN_NAME,
      () => db.campaign.count({ where: campaigns }),
      (page) => db.campaign.findMany({ where: campaigns, orderBy: [{ nameFr: "asc" }, { id: "asc" }], ...page, select: { id: true, nameFr: true, nameEn: true } }),
      (c) => ({ name: { fr: c.nameFr, en: c.nameEn }, date: null, fixHref: `/campaigns/${c.id}/edit` }),
    ),
    theme: gapSource(
      "theme",
      THEME_NAME,
      () => db.theme.count({ where: themes }),
      (page) => db.theme.findMany({ where: themes, orderBy: [{ nameFr: "asc" }, { id: "asc" }], ...page, select: { id: true, nameFr: true, nameEn: true } }),
      (t) => ({ name: { fr: t.nameFr, en: t.nameEn }, date: null, fixHref: `/demands/themes/${t.id}/edit` }),
    ),
  };
}

/**
 * One page of every text a public page shows in one language only, in both directions: the public
 * items' titles and summaries or texts, the notes of public demands' public steps, public documents'
 * titles, and the names of the institutions, campaigns and themes public items name. Kinds come in
 * the order of TRANSLATION_GAP_KINDS; only the kinds that reach into the page are read.
 */
export async function findMissingTranslations({
  actor,
  page,
  pageSize = PUBLISHING_PAGE_SIZE,
}: {
  actor: Actor;
  page: number;
  pageSize?: number;
}): Promise<{ gaps: TranslationGap[]; total: number }> {
  if (!can(actor, "publish:timeline")) throw new AppError("FORBIDDEN");
  const sources = gapSources();
  const counts = await Promise.all(TRANSLATION_GAP_KINDS.map((kind) => sources[kind].count()));
  const reads: Promise<TranslationGap[]>[] = [];
  let skip = (page - 1) * pageSize;
  let take = pageSize;
  TRANSLATION_GAP_KINDS.forEach((kind, index) => {
    if (take === 0) return;
    if (skip >= counts[index]) {
      skip -= counts[index];
      return;
    }
    const here = Math.min(take, counts[index] - skip);
    reads.push(sources[kind].read(skip, here));
    skip = 0;
    take -= here;
  });
  return { gaps: (await Promise.all(reads)).flat(), total: counts.reduce((sum, count) => sum + count, 0) };
}
