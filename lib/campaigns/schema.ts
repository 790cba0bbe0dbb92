import { Visibility } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const campaignListFilters = { visibility: filter.oneOf(Visibility) };

export function parseCampaignListParams(raw: RawSearchParams) {
  return parseListParams(raw, campaignListFilters);
}

export type CampaignListParams = ReturnType<typeof parseCampaignListParams>;
