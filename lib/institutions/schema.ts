import { InstitutionKind } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const institutionListFilters = { kind: filter.oneOf(InstitutionKind) };

export function parseInstitutionListParams(raw: RawSearchParams) {
  return parseListParams(raw, institutionListFilters);
}

export type InstitutionListParams = ReturnType<typeof parseInstitutionListParams>;
