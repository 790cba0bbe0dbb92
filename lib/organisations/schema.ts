import { MembershipStatus } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const organisationListFilters = { status: filter.oneOf(MembershipStatus) };

export function parseOrganisationListParams(raw: RawSearchParams) {
  return parseListParams(raw, organisationListFilters);
}

export type OrganisationListParams = ReturnType<typeof parseOrganisationListParams>;
