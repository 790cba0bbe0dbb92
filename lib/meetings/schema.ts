// The meetings list's URL params. Safe for client code.
import { MeetingKind, MeetingStatus, Visibility } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const meetingListFilters = {
  from: filter.day(),
  to: filter.day(),
  kind: filter.oneOf(MeetingKind),
  status: filter.oneOf(MeetingStatus),
  institution: filter.id(),
  campaign: filter.id(),
  organisation: filter.id(),
  person: filter.id(),
  visibility: filter.oneOf(Visibility),
};

export function parseMeetingListParams(raw: RawSearchParams) {
  return parseListParams(raw, meetingListFilters);
}

export type MeetingListParams = ReturnType<typeof parseMeetingListParams>;
