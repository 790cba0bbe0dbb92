import "server-only";
// The coordinator's view of what is published: every meeting, letter, statement and demand with its
// visibility, its version and the translations it lacks.
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { PublishableKind } from "./schema";
import { findVisibilitiesBeforePublication } from "./visibility-before-publication";

export const PUBLISHING_PAGE_SIZE = 50;

/** A field that has one language and lacks the other, e.g. { field: "summary", lacks: "en" }. */
export type MissingTranslation = { field: "title" | "summary" | "text" | "description" | "milestoneNotes"; lacks: "fr" | "en" };

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

function lacks(field: MissingTranslation["field"], fr: string | null, en: string | null): MissingTranslation[] {
  if (fr?.trim() && !en?.trim()) return [{ field, lacks: "en" }];
  if (en?.trim() && !fr?.trim()) return [{ field, lacks: "fr" }];
  return [];
}

type PublishableItemsQuery = { actor: Actor; kind: PublishableKind; page: number; onlyMissing: boolean };

/** One page of the items of a kind, newest first; a public item says where a withdrawal would send it. */
export async function findPublishableItems(query: PublishableItemsQuery): Promise<{ items: PublishableItem[]; total: number }> {
  if (!can(query.actor, "publish:timeline")) throw new AppError("FORBIDDEN");
  const { items, total } = await readPublishableItems(query);
  const published = items.filter((item) => item.visibility === "PUBLIC").map((item) => item.id);
  const withdrawTo = await findVisibilitiesBeforePublication(db, query.kind, published);
  return { total, items: items.map((item) => (withdrawTo.has(item.id) ? { ...item, withdrawTo: withdrawTo.get(item.id) } : item)) };
}

async function readPublishableItems({ kind, page, onlyMissing }: PublishableItemsQuery): Promise<{ items: PublishableItem[]; total: number }> {
  const skip = (page - 1) * PUBLISHING_PAGE_SIZE;
  const take = PUBLISHING_PAGE_SIZE;
  const noEn = (field: string) => ({ OR: [{ [field]: null }, { [field]: "" }] });
  switch (kind) {
    case "meeting": {
      const where = onlyMissing ? { OR: [noEn("titleEn"), { AND: [{ summaryFr: { not: null } }, noEn("summaryEn")] }] } : {};
      const [rows, total] = await Promise.all([
        db.meeting.findMany({
          where,
          orderBy: [{ startsAt: "desc" }, { id: "desc" }],
          skip,
          take,
          select: { id: true, startsAt: true, titleFr: true, titleEn: true, summaryFr: true, summaryEn: true, visibility: true, version: true },
        }),
        db.meeting.count({ where }),
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
      const where = onlyMissing ? { OR: [noEn("subjectEn"), { AND: [{ summaryFr: { not: null } }, noEn("summaryEn")] }] } : {};
      const [rows, total] = await Promise.all([
        db.letter.findMany({
          where,
          orderBy: [{ date: "desc" }, { id: "desc" }],
          skip,
          take,
          select: { id: true, date: true, subjectFr: true, subjectEn: true, summaryFr: true, summaryEn: true, visibility: true, version: true },
        }),
        db.letter.count({ where }),
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
      const where = onlyMissing ? { OR: [noEn("titleEn"), noEn("textEn")] } : {};
      const [rows, total] = await Promise.all([
        db.statement.findMany({
          where,
          orderBy: [{ date: "desc" }, { id: "desc" }],
          skip,
          take,
          select: { id: true, date: true, titleFr: true, titleEn: true, textFr: true, textEn: true, visibility: true, version: true },
        }),
        db.statement.count({ where }),
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
      const where = onlyMissing
        ? { OR: [noEn("titleEn"), { AND: [{ descriptionFr: { not: null } }, noEn("descriptionEn")] }, { statusChanges: { some: { milestone: true, ...noEn("noteEn") } } }] }
        : {};
      const [rows, total] = await Promise.all([
        db.demand.findMany({
          where,
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
        db.demand.count({ where }),
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
            ...(d.statusChanges.some((c) => !c.noteEn?.trim()) ? [{ field: "milestoneNotes" as const, lacks: "en" as const }] : []),
          ],
        })),
      };
    }
  }
}
