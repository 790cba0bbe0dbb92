// Every list that can be exported as CSV, by the name used in /api/export/<name>.
import "server-only";
import { actionCsvColumns } from "@/lib/actions/csv";
import { findActions } from "@/lib/actions/queries";
import { parseActionListParams } from "@/lib/actions/schema";
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
import { letterCsvColumns } from "@/lib/letters/csv";
import { findLetters } from "@/lib/letters/queries";
import { parseLetterListParams } from "@/lib/letters/schema";
import { campaignCsvColumns } from "@/lib/campaigns/csv";
import { findCampaigns } from "@/lib/campaigns/queries";
import { parseCampaignListParams } from "@/lib/campaigns/schema";
import { statementCsvColumns } from "@/lib/statements/csv";
import { findStatements } from "@/lib/statements/queries";
import { parseStatementListParams } from "@/lib/statements/schema";
import { listExport, type ListExport } from "./list-export";

export const LIST_EXPORTS: Record<string, ListExport> = {
  meetings: listExport({ parse: parseMeetingListParams, find: findMeetings, columns: meetingCsvColumns }),
  demands: listExport({ parse: parseDemandListParams, find: findDemands, columns: demandCsvColumns }),
  actions: listExport({ parse: parseActionListParams, find: findActions, columns: actionCsvColumns }),
  letters: listExport({ parse: parseLetterListParams, find: findLetters, columns: letterCsvColumns }),
  organisations: listExport({ parse: parseOrganisationListParams, find: findOrganisations, columns: organisationCsvColumns }),
  institutions: listExport({ parse: parseInstitutionListParams, find: findInstitutions, columns: institutionCsvColumns }),
  statements: listExport({ parse: parseStatementListParams, find: findStatements, columns: statementCsvColumns }),
  campaigns: listExport({ parse: parseCampaignListParams, find: findCampaigns, columns: campaignCsvColumns }),
  people: listExport({ parse: parsePersonListParams, find: findPeople, columns: personCsvColumns }),
};
