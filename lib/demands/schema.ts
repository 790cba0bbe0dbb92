import { DemandStatus, Visibility } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const demandListFilters = {
  status: filter.oneOf(DemandStatus),
  theme: filter.id(),
  institution: filter.id(),
  campaign: filter.id(),
  visibility: filter.oneOf(Visibility),
};

export function parseDemandListParams(raw: RawSearchParams) {
  return parseListParams(raw, demandListFilters);
}

export type DemandListParams = ReturnType<typeof parseDemandListParams>;
