import { ActionStatus } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const actionListFilters = {
  status: filter.oneOf(ActionStatus),
  organisation: filter.id(),
  dueBefore: filter.day(),
};

export function parseActionListParams(raw: RawSearchParams) {
  return parseListParams(raw, actionListFilters);
}

export type ActionListParams = ReturnType<typeof parseActionListParams>;
