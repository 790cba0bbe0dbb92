// What the statement forms read: the statement as saved, and the campaigns offered. Coordinators only.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { listCampaignOptions } from "@/lib/campaigns/options";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

export async function getStatementForEdit(actor: Actor, statementId: string) {
  if (!can(actor, "manage:statements")) return null;
  return db.statement.findUnique({
    where: { id: statementId },
    select: { id: true, version: true, date: true, datePrecision: true, titleFr: true, titleEn: true, textFr: true, textEn: true, bill: true, campaignId: true, visibility: true },
  });
}

export type StatementForEdit = NonNullable<Awaited<ReturnType<typeof getStatementForEdit>>>;

export async function findStatementFormChoices(actor: Actor, locale: Locale) {
  if (!can(actor, "manage:statements")) return null;
  return { campaigns: await listCampaignOptions(actor, locale) };
}
