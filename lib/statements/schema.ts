import { Visibility } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const statementListFilters = { campaign: filter.id(), from: filter.day(), to: filter.day(), visibility: filter.oneOf(Visibility) };

export function parseStatementListParams(raw: RawSearchParams) {
  return parseListParams(raw, statementListFilters);
}

export type StatementListParams = ReturnType<typeof parseStatementListParams>;
