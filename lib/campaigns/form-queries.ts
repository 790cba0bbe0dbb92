// Reads for the campaign forms: coordinators only, checked here as well as on the page.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";

export async function getCampaignForEdit(actor: Actor, campaignId: string) {
  if (!can(actor, "manage:campaigns")) return null;
  return db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, version: true, slug: true, nameFr: true, nameEn: true, descriptionFr: true, descriptionEn: true, startsOn: true, endsOn: true, visibility: true },
  });
}
