// Reading campaigns (dossiers) and what they group: each group scoped by what the reader may see.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { pageWindow, toListPage, type ListPage, type ListWindow } from "@/lib/lists/window";
import { containsText, visibilityIn } from "@/lib/lists/where";
import type { CampaignListParams } from "./schema";

/** How many of each kind of record a campaign's page shows; the rest are one link away. */
export const GROUP_SHOWN = 20;

const campaignRowSelect = {
  id: true,
  nameFr: true,
  nameEn: true,
  startsOn: true,
  endsOn: true,
  visibility: true,
} satisfies Prisma.CampaignSelect;

export type CampaignRow = Prisma.CampaignGetPayload<{ select: typeof campaignRowSelect }>;

export async function findCampaigns(actor: Actor, params: CampaignListParams, window: ListWindow = pageWindow(params.page)): Promise<ListPage<CampaignRow>> {
  assertWorkspaceReader(actor);
  const text = containsText(params.q);
  const where: Prisma.CampaignWhereInput = {
    visibility: visibilityIn(visibleLevels(actor), params.filters.visibility),
    OR: text ? [{ nameFr: text }, { nameEn: text }] : undefined,
  };
  const [rows, total] = await Promise.all([
    db.campaign.findMany({ where, select: campaignRowSelect, orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { id: "desc" }], ...window }),
    db.campaign.count({ where }),
  ]);
  return toListPage(rows, total, window);
}

export async function getCampaign(actor: Actor, campaignId: string) {
  assertWorkspaceReader(actor);
  const visible = { in: visibleLevels(actor) };
  const where = { visibility: visible };
  return db.campaign.findFirst({
    where: { id: campaignId, visibility: visible },
    select: {
      ...campaignRowSelect,
      descriptionFr: true,
      descriptionEn: true,
      meetings: { where, select: { id: true, titleFr: true, titleEn: true, startsAt: true }, orderBy: [{ startsAt: "desc" }, { id: "desc" }], take: GROUP_SHOWN },
      letters: { where, select: { id: true, subjectFr: true, subjectEn: true, date: true }, orderBy: [{ date: "desc" }, { id: "desc" }], take: GROUP_SHOWN },
      statements: { where, select: { id: true, titleFr: true, titleEn: true, date: true }, orderBy: [{ date: "desc" }, { id: "desc" }], take: GROUP_SHOWN },
      demands: { where, select: { id: true, titleFr: true, titleEn: true, statusDate: true }, orderBy: [{ statusDate: "desc" }, { id: "desc" }], take: GROUP_SHOWN },
      _count: { select: { meetings: { where }, letters: { where }, statements: { where }, demands: { where } } },
    },
  });
}

export type CampaignDetail = NonNullable<Awaited<ReturnType<typeof getCampaign>>>;
