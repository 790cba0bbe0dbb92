// The audit log, for coordinators only: who did what to which record, newest first.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parisDayRange } from "@/lib/lists/where";
import { pageWindow, toListPage, type ListPage } from "@/lib/lists/window";
import { linksToRecords, type RecordLink } from "./links";
import type { AuditListParams } from "./schema";

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  changes: Prisma.JsonValue;
  actor: { id: string; name: string } | null;
  /** The record's page and name, when it still exists. */
  link: RecordLink | null;
};

/** Which table the ids of a field name point at, so the log shows names instead of ids. */
const REFERENCES = {
  organisationId: "organisation",
  institutionId: "institution",
  successorId: "institution",
  personId: "person",
  meetingId: "meeting",
} as const;

type ReferenceTable = (typeof REFERENCES)[keyof typeof REFERENCES];

/** Every id the entries' changes name in a reference field, mapped to a readable name. */
async function namesOfReferences(rows: { changes: Prisma.JsonValue }[]): Promise<Record<string, string>> {
  const wanted: Record<ReferenceTable, Set<string>> = { organisation: new Set(), institution: new Set(), person: new Set(), meeting: new Set() };
  for (const { changes } of rows) {
    if (!changes || typeof changes !== "object" || Array.isArray(changes)) continue;
    for (const [field, value] of Object.entries(changes)) {
      const table = REFERENCES[field as keyof typeof REFERENCES];
      if (!table) continue;
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === "string") wanted[table].add(id);
    }
  }
  const inIds = (table: ReferenceTable) => ({ id: { in: [...wanted[table]] } });
  const [organisations, institutions, people, meetings] = await Promise.all([
    wanted.organisation.size ? db.organisation.findMany({ where: inIds("organisation"), select: { id: true, name: true } }) : [],
    wanted.institution.size ? db.institution.findMany({ where: inIds("institution"), select: { id: true, name: true } }) : [],
    wanted.person.size ? db.person.findMany({ where: inIds("person"), select: { id: true, firstName: true, lastName: true } }) : [],
    wanted.meeting.size ? db.meeting.findMany({ where: inIds("meeting"), select: { id: true, titleFr: true } }) : [],
  ]);
  return Object.fromEntries([
    ...organisations.map((row) => [row.id, row.name]),
    ...institutions.map((row) => [row.id, row.name]),
    ...people.map((row) => [row.id, `${row.firstName} ${row.lastName}`]),
    ...meetings.map((row) => [row.id, row.titleFr]),
  ]);
}

function assertAuditReader(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!can(actor, "read:audit")) throw new AppError("FORBIDDEN");
}

export async function findAuditEntries(
  actor: Actor,
  params: AuditListParams,
): Promise<ListPage<AuditRow> & { names: Record<string, string> }> {
  assertAuditReader(actor);
  const f = params.filters;
  const where: Prisma.AuditEntryWhereInput = {
    actorId: f.actor,
    entityType: f.type,
    createdAt: parisDayRange(f.from, f.to),
  };
  const window = pageWindow(params.page);
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, createdAt: true, action: true, entityType: true, entityId: true, changes: true, actor: { select: { id: true, name: true } } },
      ...window,
    }),
    db.auditEntry.count({ where }),
  ]);
  const [links, names] = await Promise.all([linksToRecords(rows), namesOfReferences(rows)]);
  return {
    ...toListPage(
      rows.map((row) => ({ ...row, id: String(row.id), link: links.get(`${row.entityType}:${row.entityId}`) ?? null })),
      total,
      window,
    ),
    names,
  };
}

/** The people and kinds of record the log can be filtered by: those that appear in it. */
export async function listAuditFilterChoices(actor: Actor) {
  assertAuditReader(actor);
  const [actors, types] = await Promise.all([
    db.user.findMany({ where: { auditEntries: { some: {} } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    db.auditEntry.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { actors, types: types.map((row) => row.entityType) };
}
