// Reading statements (prises de position), scoped by what the reader may see.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { pageWindow, toListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, dayRange, visibilityIn, visibleLink } from "@/lib/lists/where";
import type { StatementListParams } from "./schema";

const statementRowSelect = {
  id: true,
  date: true,
  titleFr: true,
  titleEn: true,
  bill: true,
  visibility: true,
  campaign: { select: { id: true, nameFr: true, nameEn: true, visibility: true } },
} satisfies Prisma.StatementSelect;

export type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementRowSelect }>;

export async function findStatements(
  actor: Actor,
  params: StatementListParams,
  window: ListWindow = pageWindow(params.page),
): Promise<ListPage<StatementRow>> {
  assertWorkspaceReader(actor);
  const { filters: f } = params;
  const text = containsText(params.q);
  const where: Prisma.StatementWhereInput = {
    visibility: visibilityIn(visibleLevels(actor), f.visibility),
    campaignId: f.campaign,
    date: dayRange(f.from, f.to),
    OR: text ? [{ titleFr: text }, { titleEn: text }, { bill: text }] : undefined,
  };
  const [rows, total] = await Promise.all([
    db.statement.findMany({ where, select: statementRowSelect, orderBy: [{ date: "desc" }, { id: "desc" }], ...window }),
    db.statement.count({ where }),
  ]);
  return toListPage(
    rows.map((row) => ({ ...row, campaign: visibleLink(actor, row.campaign) })),
    total,
    window,
  );
}

export async function getStatement(actor: Actor, statementId: string) {
  assertWorkspaceReader(actor);
  const visible = { in: visibleLevels(actor) };
  const record = await db.statement.findFirst({
    where: { id: statementId, visibility: visible },
    select: {
      ...statementRowSelect,
      textFr: true,
      textEn: true,
      documents: {
        where: { visibility: visible },
        select: { id: true, titleFr: true, titleEn: true, kind: true, fileName: true, mimeType: true, sizeBytes: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  return record && { ...record, campaign: visibleLink(actor, record.campaign) };
}
