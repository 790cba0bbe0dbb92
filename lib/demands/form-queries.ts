// What the demand forms read: the demand as saved (with the version the form carries), and the
// themes, institutions and campaigns offered. Coordinators only.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { listCampaignOptions } from "@/lib/campaigns/options";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { editableDemandSelect } from "./history-fields";
import { listThemeOptions } from "./options";

export async function getDemandForEdit(actor: Actor, demandId: string) {
  if (!can(actor, "manage:demands")) return null;
  return db.demand.findUnique({
    where: { id: demandId },
    select: { id: true, version: true, ...editableDemandSelect },
  });
}

export type DemandForEdit = NonNullable<Awaited<ReturnType<typeof getDemandForEdit>>>;

export async function findDemandFormChoices(actor: Actor, locale: Locale) {
  if (!can(actor, "manage:demands")) return null;
  const [themes, institutions, campaigns] = await Promise.all([listThemeOptions(actor, locale), listInstitutionOptions(actor, locale), listCampaignOptions(actor, locale)]);
  return { themes, institutions, campaigns };
}
