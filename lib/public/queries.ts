import "server-only";
// The public read model: only PUBLIC items, only their published fields, chosen field by field.
// Nothing here takes an actor: what an anonymous visitor may read is all anyone reads here.
// Results are plain JSON (dates as ISO strings) so that they can be cached as they are.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemandStatus, LetterDirection, MeetingKind } from "@/lib/generated/prisma/enums";
import { TIME_ZONE } from "@/lib/i18n/format";
import { dayRange, parisDayRange } from "@/lib/lists/where";
import { markdownToText } from "@/lib/markdown";
import { KIND_RANK, leavesOutStatements, type Cursor, type EntryKind, type TimelineView } from "./timeline-view";

export const TIMELINE_PAGE_SIZE = 20;

/** A text in both languages; either may be missing. */
export type Bilingual = { fr: string | null; en: string | null };

export type TimelineEntry = {
  kind: EntryKind;
  id: string;
  /** ISO instant: a meeting's start, or a letter's, statement's or milestone's date (UTC midnight). */
  date: string;
  title: Bilingual;
  summary: Bilingual;
  /** For a milestone: the status the demand reached. */
  status: DemandStatus | null;
  /** For a statement, in the feed only: its whole text, in Markdown. */
  text?: Bilingual;
};

export type PublicDocument = { id: string; title: Bilingual; mimeType: string; sizeBytes: number };
export type NamedLink = { id: string; name: Bilingual };

const PUBLIC = "PUBLIC" as const;
/** The opening of a long text, cut at a word: what a list shows of a statement. */
function excerpt(text: string | null, length = 240): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  return `${flat.slice(0, flat.lastIndexOf(" ", length)).trimEnd()}…`;
}

const bi = (fr: string | null | undefined, en: string | null | undefined): Bilingual => ({ fr: fr ?? null, en: en ?? null });

// ─── Filters ─────────────────────────────────────────────────────────────────

// A year as the site shows dates: a meeting's start is an instant, shown in Paris time, so its year
// runs from midnight on 1 January in Paris; letters, statements and milestones are calendar dates.
// The years offered (findTimelineFilterOptions) follow the same rule.
const instantYear = (year?: number) => (year ? parisDayRange(`${year}-01-01`, `${year}-12-31`) : undefined);
const dateYear = (year?: number) => (year ? dayRange(`${year}-01-01`, `${year}-12-31`) : undefined);

const publicCampaign = (slug?: string) => (slug ? { campaign: { slug, visibility: PUBLIC } } : {});
const publicDemandWithTheme = (theme: string) => ({ visibility: PUBLIC, themes: { some: { theme: { slug: theme } } } });

/** The same keyset condition for every table: strictly after the cursor in timeline order. */
function afterCursor(kind: EntryKind, field: string, cursor?: Cursor) {
  if (!cursor) return {};
  const at = new Date(cursor.time);
  const sameInstant =
    KIND_RANK[kind] > KIND_RANK[cursor.kind] ? { [field]: at } : kind === cursor.kind ? { [field]: at, id: { lt: cursor.id } } : null;
  return { OR: [{ [field]: { lt: at } }, ...(sameInstant ? [sameInstant] : [])] };
}

function meetingWhere(view: TimelineView): Prisma.MeetingWhereInput {
  return {
    visibility: PUBLIC,
    status: { not: "CANCELLED" },
    startsAt: instantYear(view.year),
    ...(view.institution ? { institutions: { some: { institutionId: view.institution } } } : {}),
    ...publicCampaign(view.campaign),
    ...(view.theme ? { demands: { some: { demand: publicDemandWithTheme(view.theme) } } } : {}),
  };
}

function letterWhere(view: TimelineView): Prisma.LetterWhereInput {
  return {
    visibility: PUBLIC,
    date: dateYear(view.year),
    ...(view.institution
      ? { OR: [{ senderInstitutionId: view.institution }, { recipients: { some: { institutionId: view.institution } } }] }
      : {}),
    ...publicCampaign(view.campaign),
    ...(view.theme ? { demands: { some: { demand: publicDemandWithTheme(view.theme) } } } : {}),
  };
}

function statementWhere(view: TimelineView): Prisma.StatementWhereInput | null {
  // The timeline tells the reader so (components/public/timeline-screen.tsx).
  if (leavesOutStatements(view)) return null;
  return { visibility: PUBLIC, date: dateYear(view.year), ...publicCampaign(view.campaign) };
}

function milestoneWhere(view: TimelineView): Prisma.DemandStatusChangeWhereInput {
  return {
    milestone: true,
    date: dateYear(view.year),
    demand: {
      visibility: PUBLIC,
      ...(view.institution ? { targets: { some: { institutionId: view.institution } } } : {}),
      ...publicCampaign(view.campaign),
      ...(view.theme ? { themes: { some: { theme: { slug: view.theme } } } } : {}),
    },
  };
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const byDate = Date.parse(b.date) - Date.parse(a.date);
  if (byDate) return byDate;
  const byKind = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (byKind) return byKind;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

// ─── The timeline ────────────────────────────────────────────────────────────

async function findEntries(view: TimelineView, take: number, { withText = false } = {}): Promise<TimelineEntry[]> {
  const cursor = view.after;
  const statementFilter = statementWhere(view);
  const [meetings, letters, statements, milestones] = await Promise.all([
    db.meeting.findMany({
      where: { AND: [meetingWhere(view), afterCursor("meeting", "startsAt", cursor)] },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take,
      select: { id: true, startsAt: true, titleFr: true, titleEn: true, summaryFr: true, summaryEn: true },
    }),
    db.letter.findMany({
      where: { AND: [letterWhere(view), afterCursor("letter", "date", cursor)] },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take,
      select: { id: true, date: true, subjectFr: true, subjectEn: true, summaryFr: true, summaryEn: true },
    }),
    statementFilter
      ? db.statement.findMany({
          where: { AND: [statementFilter, afterCursor("statement", "date", cursor)] },
          orderBy: [{ date: "desc" }, { id: "desc" }],
          take,
          select: { id: true, date: true, titleFr: true, titleEn: true, textFr: true, textEn: true },
        })
      : Promise.resolve([]),
    db.demandStatusChange.findMany({
      where: { AND: [milestoneWhere(view), afterCursor("milestone", "date", cursor)] },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take,
      select: { id: true, date: true, status: true, noteFr: true, noteEn: true, demand: { select: { titleFr: true, titleEn: true } } },
    }),
  ]);
  const entries: TimelineEntry[] = [
    ...meetings.map((m) => ({
      kind: "meeting" as const,
      id: m.id,
      date: m.startsAt.toISOString(),
      title: bi(m.titleFr, m.titleEn),
      summary: bi(excerpt(m.summaryFr), excerpt(m.summaryEn)),
      status: null,
    })),
    ...letters.map((l) => ({
      kind: "letter" as const,
      id: l.id,
      date: l.date.toISOString(),
      title: bi(l.subjectFr, l.subjectEn),
      summary: bi(excerpt(l.summaryFr), excerpt(l.summaryEn)),
      status: null,
    })),
    ...statements.map((s) => ({
      kind: "statement" as const,
      id: s.id,
      date: s.date.toISOString(),
      title: bi(s.titleFr, s.titleEn),
      // A statement's text is Markdown: its excerpt is its words, without the markers.
      summary: bi(excerpt(markdownToText(s.textFr)), excerpt(markdownToText(s.textEn))),
      status: null,
      ...(withText ? { text: bi(s.textFr, s.textEn) } : {}),
    })),
    ...milestones.map((c) => ({
      kind: "milestone" as const,
      id: c.id,
      date: c.date.toISOString(),
      title: bi(c.demand.titleFr, c.demand.titleEn),
      summary: bi(excerpt(c.noteFr), excerpt(c.noteEn)),
      status: c.status,
    })),
  ];
  return entries.sort(compareEntries).slice(0, take);
}

export type TimelinePage = { entries: TimelineEntry[]; next: Cursor | null };

/** One page of the timeline, newest first, after the view's cursor. */
export async function findTimelinePage(view: TimelineView, pageSize = TIMELINE_PAGE_SIZE): Promise<TimelinePage> {
  const found = await findEntries(view, pageSize + 1);
  const entries = found.slice(0, pageSize);
  const last = entries[entries.length - 1];
  const next = found.length > pageSize && last ? { time: Date.parse(last.date), kind: last.kind, id: last.id } : null;
  return { entries, next };
}

/** The latest entries, for the home page. */
export async function findLatestEntries(limit: number): Promise<TimelineEntry[]> {
  return findEntries({}, limit);
}

/** The latest entries with each statement's whole text, for the feeds. */
export async function findFeedEntries(limit: number): Promise<TimelineEntry[]> {
  return findEntries({}, limit, { withText: true });
}

/** Whether the cursor names an entry that is public now, at the position it claims. */
export async function isPublicPosition(cursor: Cursor): Promise<boolean> {
  const at = new Date(cursor.time);
  const where = { id: cursor.id, visibility: PUBLIC };
  switch (cursor.kind) {
    case "meeting":
      return (await db.meeting.count({ where: { ...where, status: { not: "CANCELLED" }, startsAt: at } })) > 0;
    case "letter":
      return (await db.letter.count({ where: { ...where, date: at } })) > 0;
    case "statement":
      return (await db.statement.count({ where: { ...where, date: at } })) > 0;
    case "milestone":
      return (await db.demandStatusChange.count({ where: { id: cursor.id, milestone: true, date: at, demand: { visibility: PUBLIC } } })) > 0;
  }
}

// ─── Filter options: only what public entries use, so no option hints at a hidden item ──────────

export type TimelineFilterOptions = {
  years: number[];
  institutions: NamedLink[];
  campaigns: { slug: string; name: Bilingual }[];
  themes: { slug: string; name: Bilingual }[];
};

export async function findTimelineFilterOptions(): Promise<TimelineFilterOptions> {
  const publicDemand = { visibility: PUBLIC };
  const [years, institutions, campaigns, themes] = await Promise.all([
    db.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT y::int AS year FROM (
        SELECT EXTRACT(YEAR FROM "startsAt" AT TIME ZONE ${TIME_ZONE}::text) AS y FROM "Meeting" WHERE "visibility" = 'PUBLIC' AND "status" <> 'CANCELLED'
        UNION SELECT EXTRACT(YEAR FROM "date") FROM "Letter" WHERE "visibility" = 'PUBLIC'
        UNION SELECT EXTRACT(YEAR FROM "date") FROM "Statement" WHERE "visibility" = 'PUBLIC'
        UNION SELECT EXTRACT(YEAR FROM c."date") FROM "DemandStatusChange" c JOIN "Demand" d ON d."id" = c."demandId"
          WHERE c."milestone" AND d."visibility" = 'PUBLIC'
      ) AS years ORDER BY year DESC`,
    db.institution.findMany({
      where: {
        OR: [
          { meetings: { some: { meeting: { visibility: PUBLIC, status: { not: "CANCELLED" } } } } },
          { lettersSent: { some: { visibility: PUBLIC } } },
          { letterRecipients: { some: { letter: { visibility: PUBLIC } } } },
          { demandTargets: { some: { demand: { ...publicDemand, statusChanges: { some: { milestone: true } } } } } },
        ],
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true },
    }),
    db.campaign.findMany({
      where: {
        visibility: PUBLIC,
        OR: [
          { meetings: { some: { visibility: PUBLIC, status: { not: "CANCELLED" } } } },
          { letters: { some: { visibility: PUBLIC } } },
          { statements: { some: { visibility: PUBLIC } } },
          { demands: { some: { ...publicDemand, statusChanges: { some: { milestone: true } } } } },
        ],
      },
      orderBy: [{ nameFr: "asc" }, { id: "asc" }],
      select: { slug: true, nameFr: true, nameEn: true },
    }),
    db.theme.findMany({
      where: { demands: { some: { demand: publicDemand } } },
      orderBy: [{ nameFr: "asc" }, { id: "asc" }],
      select: { slug: true, nameFr: true, nameEn: true },
    }),
  ]);
  return {
    years: years.map((row) => Number(row.year)),
    institutions: institutions.map((i) => ({ id: i.id, name: bi(i.name, i.nameEn) })),
    campaigns: campaigns.map((c) => ({ slug: c.slug, name: bi(c.nameFr, c.nameEn) })),
    themes: themes.map((t) => ({ slug: t.slug, name: bi(t.nameFr, t.nameEn) })),
  };
}

// ─── One entry ───────────────────────────────────────────────────────────────

const publicDocuments = {
  where: { visibility: PUBLIC },
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  select: { id: true, titleFr: true, titleEn: true, mimeType: true, sizeBytes: true },
};

const toDocuments = (documents: { id: string; titleFr: string; titleEn: string | null; mimeType: string; sizeBytes: number }[]) =>
  documents.map((d) => ({ id: d.id, title: bi(d.titleFr, d.titleEn), mimeType: d.mimeType, sizeBytes: d.sizeBytes }));

const publicCampaignSelect = { select: { slug: true, nameFr: true, nameEn: true, visibility: true } };
const toCampaign = (campaign: { slug: string; nameFr: string; nameEn: string | null; visibility: string } | null) =>
  campaign && campaign.visibility === PUBLIC ? { slug: campaign.slug, name: bi(campaign.nameFr, campaign.nameEn) } : null;

export type PublicEntryDetail = {
  kind: EntryKind;
  id: string;
  date: string;
  title: Bilingual;
  /** The public summary (a statement's text, a milestone's note). */
  body: Bilingual;
  /** A statement's text is Markdown (as the workspace shows it); every other body is plain text. */
  bodyFormat: "markdown" | "text";
  campaign: { slug: string; name: Bilingual } | null;
  institutions: NamedLink[];
  documents: PublicDocument[];
  meetingKind: MeetingKind | null;
  letterDirection: LetterDirection | null;
  bill: string | null;
  status: DemandStatus | null;
  /** For a milestone: the demand's description and every public milestone of it, in order. */
  demand: { title: Bilingual; description: Bilingual; themes: Bilingual[]; milestones: { id: string; date: string; status: DemandStatus; note: Bilingual }[] } | null;
  /** Public demands raised at a meeting or in a letter. */
  demands: { title: Bilingual }[];
};

const empty = { bodyFormat: "text" as const, campaign: null, institutions: [], documents: [], meetingKind: null, letterDirection: null, bill: null, status: null, demand: null, demands: [] };

export async function findPublicEntry(kind: EntryKind, id: string): Promise<PublicEntryDetail | null> {
  switch (kind) {
    case "meeting": {
      const m = await db.meeting.findFirst({
        where: { id, visibility: PUBLIC, status: { not: "CANCELLED" } },
        select: {
          id: true,
          startsAt: true,
          kind: true,
          titleFr: true,
          titleEn: true,
          summaryFr: true,
          summaryEn: true,
          campaign: publicCampaignSelect,
          institutions: { select: { institution: { select: { id: true, name: true, nameEn: true } } } },
          demands: { where: { demand: { visibility: PUBLIC } }, select: { demand: { select: { titleFr: true, titleEn: true } } } },
          documents: publicDocuments,
        },
      });
      if (!m) return null;
      return {
        ...empty,
        kind,
        id: m.id,
        date: m.startsAt.toISOString(),
        title: bi(m.titleFr, m.titleEn),
        body: bi(m.summaryFr, m.summaryEn),
        meetingKind: m.kind,
        campaign: toCampaign(m.campaign),
        institutions: m.institutions.map(({ institution: i }) => ({ id: i.id, name: bi(i.name, i.nameEn) })),
        demands: m.demands.map(({ demand }) => ({ title: bi(demand.titleFr, demand.titleEn) })),
        documents: toDocuments(m.documents),
      };
    }
    case "letter": {
      const l = await db.letter.findFirst({
        where: { id, visibility: PUBLIC },
        select: {
          id: true,
          date: true,
          direction: true,
          subjectFr: true,
          subjectEn: true,
          summaryFr: true,
          summaryEn: true,
          campaign: publicCampaignSelect,
          senderInstitution: { select: { id: true, name: true, nameEn: true } },
          recipients: { select: { institution: { select: { id: true, name: true, nameEn: true } } } },
          demands: { where: { demand: { visibility: PUBLIC } }, select: { demand: { select: { titleFr: true, titleEn: true } } } },
          documents: publicDocuments,
        },
      });
      if (!l) return null;
      const institutions = [l.senderInstitution, ...l.recipients.map((r) => r.institution)]
        .filter((i): i is NonNullable<typeof i> => Boolean(i))
        .filter((i, index, all) => all.findIndex((other) => other.id === i.id) === index);
      return {
        ...empty,
        kind,
        id: l.id,
        date: l.date.toISOString(),
        title: bi(l.subjectFr, l.subjectEn),
        body: bi(l.summaryFr, l.summaryEn),
        letterDirection: l.direction,
        campaign: toCampaign(l.campaign),
        institutions: institutions.map((i) => ({ id: i.id, name: bi(i.name, i.nameEn) })),
        demands: l.demands.map(({ demand }) => ({ title: bi(demand.titleFr, demand.titleEn) })),
        documents: toDocuments(l.documents),
      };
    }
    case "statement": {
      const s = await db.statement.findFirst({
        where: { id, visibility: PUBLIC },
        select: {
          id: true,
          date: true,
          titleFr: true,
          titleEn: true,
          textFr: true,
          textEn: true,
          bill: true,
          campaign: publicCampaignSelect,
          documents: publicDocuments,
        },
      });
      if (!s) return null;
      return {
        ...empty,
        kind,
        id: s.id,
        date: s.date.toISOString(),
        title: bi(s.titleFr, s.titleEn),
        body: bi(s.textFr, s.textEn),
        bodyFormat: "markdown",
        bill: s.bill,
        campaign: toCampaign(s.campaign),
        documents: toDocuments(s.documents),
      };
    }
    case "milestone": {
      const c = await db.demandStatusChange.findFirst({
        where: { id, milestone: true, demand: { visibility: PUBLIC } },
        select: {
          id: true,
          date: true,
          status: true,
          noteFr: true,
          noteEn: true,
          demand: {
            select: {
              titleFr: true,
              titleEn: true,
              descriptionFr: true,
              descriptionEn: true,
              campaign: publicCampaignSelect,
              themes: { select: { theme: { select: { nameFr: true, nameEn: true } } } },
              targets: { select: { institution: { select: { id: true, name: true, nameEn: true } } } },
              statusChanges: {
                where: { milestone: true },
                orderBy: [{ date: "asc" }, { id: "asc" }],
                select: { id: true, date: true, status: true, noteFr: true, noteEn: true },
              },
            },
          },
        },
      });
      if (!c) return null;
      const d = c.demand;
      return {
        ...empty,
        kind,
        id: c.id,
        date: c.date.toISOString(),
        title: bi(d.titleFr, d.titleEn),
        body: bi(c.noteFr, c.noteEn),
        status: c.status,
        campaign: toCampaign(d.campaign),
        institutions: d.targets.map(({ institution: i }) => ({ id: i.id, name: bi(i.name, i.nameEn) })),
        demand: {
          title: bi(d.titleFr, d.titleEn),
          description: bi(d.descriptionFr, d.descriptionEn),
          themes: d.themes.map(({ theme }) => bi(theme.nameFr, theme.nameEn)),
          milestones: d.statusChanges.map((s) => ({ id: s.id, date: s.date.toISOString(), status: s.status, note: bi(s.noteFr, s.noteEn) })),
        },
      };
    }
  }
}

// ─── Home page, feeds and sitemap ────────────────────────────────────────────

export type PublicOrganisation = {
  id: string;
  name: string;
  acronym: string | null;
  website: string | null;
  publicContact: string | null;
  status: "MEMBER" | "OBSERVER";
  description: Bilingual;
};

export async function findPublicOrganisations(): Promise<PublicOrganisation[]> {
  const organisations = await db.organisation.findMany({
    where: { status: { in: ["MEMBER", "OBSERVER"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, acronym: true, website: true, publicContact: true, status: true, descriptionFr: true, descriptionEn: true },
  });
  return organisations.map((o) => ({
    id: o.id,
    name: o.name,
    acronym: o.acronym,
    // Only web addresses: a stored "javascript:" link must never become a clickable one.
    website: o.website && /^https?:\/\//i.test(o.website) ? o.website : null,
    publicContact: o.publicContact,
    status: o.status === "OBSERVER" ? "OBSERVER" : "MEMBER",
    description: bi(o.descriptionFr, o.descriptionEn),
  }));
}

export type PublicMeeting = {
  id: string;
  startsAt: string;
  endsAt: string | null;
  /** The day is known, not the time. */
  allDay: boolean;
  title: Bilingual;
  summary: Bilingual;
  updatedAt: string;
};

/** Public meetings from a given instant on (the home page), or all of them (the calendar feed). */
export async function findPublicMeetings(options: { from?: Date; limit?: number }): Promise<PublicMeeting[]> {
  const meetings = await db.meeting.findMany({
    where: { visibility: PUBLIC, status: { not: "CANCELLED" }, ...(options.from ? { startsAt: { gte: options.from } } : {}) },
    orderBy: options.from ? [{ startsAt: "asc" }, { id: "asc" }] : [{ startsAt: "desc" }, { id: "desc" }],
    take: options.limit,
    select: { id: true, startsAt: true, endsAt: true, allDay: true, titleFr: true, titleEn: true, summaryFr: true, summaryEn: true, updatedAt: true },
  });
  return meetings.map((m) => ({
    id: m.id,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt?.toISOString() ?? null,
    allDay: m.allDay,
    title: bi(m.titleFr, m.titleEn),
    summary: bi(m.summaryFr, m.summaryEn),
    updatedAt: m.updatedAt.toISOString(),
  }));
}

/** Every public entry's address and date, for the sitemap. */
export async function findAllEntryRefs(): Promise<{ kind: EntryKind; id: string; date: string }[]> {
  const [meetings, letters, statements, milestones] = await Promise.all([
    db.meeting.findMany({ where: { visibility: PUBLIC, status: { not: "CANCELLED" } }, select: { id: true, updatedAt: true } }),
    db.letter.findMany({ where: { visibility: PUBLIC }, select: { id: true, updatedAt: true } }),
    db.statement.findMany({ where: { visibility: PUBLIC }, select: { id: true, updatedAt: true } }),
    db.demandStatusChange.findMany({ where: { milestone: true, demand: { visibility: PUBLIC } }, select: { id: true, createdAt: true } }),
  ]);
  return [
    ...meetings.map((m) => ({ kind: "meeting" as const, id: m.id, date: m.updatedAt.toISOString() })),
    ...letters.map((l) => ({ kind: "letter" as const, id: l.id, date: l.updatedAt.toISOString() })),
    ...statements.map((s) => ({ kind: "statement" as const, id: s.id, date: s.updatedAt.toISOString() })),
    ...milestones.map((c) => ({ kind: "milestone" as const, id: c.id, date: c.createdAt.toISOString() })),
  ];
}
