// Every list that can be exported as CSV, by the name used in /api/export/<name>.
import "server-only";
import { demandCsvColumns } from "@/lib/demands/csv";
import { findDemands } from "@/lib/demands/queries";
import { parseDemandListParams } from "@/lib/demands/schema";
import { meetingCsvColumns } from "@/lib/meetings/csv";
import { findMeetings } from "@/lib/meetings/queries";
import { parseMeetingListParams } from "@/lib/meetings/schema";
import { institutionCsvColumns } from "@/lib/institutions/csv";
import { findInstitutions } from "@/lib/institutions/queries";
import { parseInstitutionListParams } from "@/lib/institutions/schema";
import { organisationCsvColumns } from "@/lib/organisations/csv";
import { findOrganisations } from "@/lib/organisations/queries";
import { parseOrganisationListParams } from "@/lib/organisations/schema";
import { personCsvColumns } from "@/lib/people/csv";
import { findPeople } from "@/lib/people/queries";
import { parsePersonListParams } from "@/lib/people/schema";
import { listExport, type ListExport } from "./list-export";

export const LIST_EXPORTS: Record<string, ListExport> = {
  meetings: listExport({ parse: parseMeetingListParams, find: findMeetings, columns: meetingCsvColumns }),
  demands: listExport({ parse: parseDemandListParams, find: findDemands, columns: demandCsvColumns }),
  organisations: listExport({ parse: parseOrganisationListParams, find: findOrganisations, columns: organisationCsvColumns }),
  institutions: listExport({ parse: parseInstitutionListParams, find: findInstitutions, columns: institutionCsvColumns }),
  people: listExport({ parse: parsePersonListParams, find: findPeople, columns: personCsvColumns }),
};
