// Every list that can be exported as CSV, by the name used in /api/export/<name>.
import "server-only";
import { demandCsvColumns } from "@/lib/demands/csv";
import { findDemands } from "@/lib/demands/queries";
import { parseDemandListParams } from "@/lib/demands/schema";
import { meetingCsvColumns } from "@/lib/meetings/csv";
import { findMeetings } from "@/lib/meetings/queries";
import { parseMeetingListParams } from "@/lib/meetings/schema";
import { listExport, type ListExport } from "./list-export";

export const LIST_EXPORTS: Record<string, ListExport> = {
  meetings: listExport({ parse: parseMeetingListParams, find: findMeetings, columns: meetingCsvColumns }),
  demands: listExport({ parse: parseDemandListParams, find: findDemands, columns: demandCsvColumns }),
};
