import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const personListFilters = { institution: filter.id(), organisation: filter.id() };

export function parsePersonListParams(raw: RawSearchParams) {
  return parseListParams(raw, personListFilters);
}

export type PersonListParams = ReturnType<typeof parsePersonListParams>;
