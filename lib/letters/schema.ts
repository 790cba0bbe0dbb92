import { LetterDirection, Visibility } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const letterListFilters = {
  direction: filter.oneOf(LetterDirection),
  from: filter.day(),
  to: filter.day(),
  institution: filter.id(),
  campaign: filter.id(),
  awaiting: filter.flag(),
  visibility: filter.oneOf(Visibility),
};

export function parseLetterListParams(raw: RawSearchParams) {
  return parseListParams(raw, letterListFilters);
}

export type LetterListParams = ReturnType<typeof parseLetterListParams>;
