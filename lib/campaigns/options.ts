import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { assertWorkspaceReader } from "@/lib/lists/access";
import type { FilterOption } from "@/lib/lists/options";

/** The campaigns the actor may see, for the lists' filters. */
export async function listCampaignOptions(actor: Actor, locale: Locale): Promise<FilterOption[]> {
  assertWorkspaceReader(actor);
  const rows = await db.campaign.findMany({
    where: { visibility: { in: visibleLevels(actor) } },
    select: { id: true, nameFr: true, nameEn: true },
    orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: 500,
  });
  return rows.map((row) => ({ value: row.id, label: (locale === "en" && row.nameEn) || row.nameFr }));
}
