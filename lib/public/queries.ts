import "server-only";
// The public read model: only PUBLIC items, only their published fields, chosen field by field.
// Nothing here takes an actor: what an anonymous visitor may read is all anyone reads here.
import { db } from "@/lib/db";

export type PublicEntry = {
  kind: "meeting" | "letter" | "statement";
  id: string;
  date: Date;
  titleFr: string;
  titleEn: string | null;
  summaryFr: string | null;
  summaryEn: string | null;
};

export async function findPublicOrganisations() {
  return db.organisation.findMany({
    where: { status: { in: ["MEMBER", "OBSERVER"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, acronym: true, website: true, publicContact: true, status: true, descriptionFr: true, descriptionEn: true },
  });
}

/** The latest public meetings, letters and statements, newest first. */
export async function findLatestPublicEntries(limit: number): Promise<PublicEntry[]> {
  const [meetings, letters, statements] = await Promise.all([
    db.meeting.findMany({
      where: { visibility: "PUBLIC", status: { not: "CANCELLED" }, startsAt: { lte: new Date() } },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, startsAt: true, titleFr: true, titleEn: true, summaryFr: true, summaryEn: true },
    }),
    db.letter.findMany({
      where: { visibility: "PUBLIC" },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, date: true, subjectFr: true, subjectEn: true, summaryFr: true, summaryEn: true },
    }),
    db.statement.findMany({
      where: { visibility: "PUBLIC" },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, date: true, titleFr: true, titleEn: true },
    }),
  ]);
  const entries: PublicEntry[] = [
    ...meetings.map(({ startsAt, ...m }) => ({ kind: "meeting" as const, date: startsAt, ...m })),
    ...letters.map(({ subjectFr, subjectEn, ...l }) => ({ kind: "letter" as const, titleFr: subjectFr, titleEn: subjectEn, ...l })),
    ...statements.map((s) => ({ kind: "statement" as const, summaryFr: null, summaryEn: null, ...s })),
  ];
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, limit);
}

export async function findNextPublicMeetings(limit: number) {
  return db.meeting.findMany({
    where: { visibility: "PUBLIC", status: "PLANNED", startsAt: { gte: new Date() } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, startsAt: true, allDay: true, titleFr: true, titleEn: true, place: true },
  });
}
