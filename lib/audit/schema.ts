// The audit log's URL params: who, which kind of record, between which days, which page.
import { z } from "zod";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const auditListFilters = {
  actor: filter.id(),
  // A record type is a model's name ("Organisation", "MembershipEvent").
  type: z.string().regex(/^[A-Za-z]{1,40}$/).optional().catch(undefined),
  from: filter.day(),
  to: filter.day(),
};

export function parseAuditListParams(raw: RawSearchParams) {
  return parseListParams(raw, auditListFilters);
}

export type AuditListParams = ReturnType<typeof parseAuditListParams>;
