// What a letter's form names must exist and fit the letter: each recipient's position held on the
// letter's date (and at the institution named beside it), the letter a reply answers going the
// other way and not later. Every problem is reported beside its own field, all at once.
import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isEmptyRecipient, type TLetterInput } from "./form-schema";

const heldOn = (position: { startDate: Date | null; endDate: Date | null }, day: Date) =>
  (!position.startDate || position.startDate <= day) && (!position.endDate || position.endDate >= day);

/** The recipient rows to store, with the institution of a position filled in when left blank. */
export type RecipientToStore = { institutionId: string | null; positionId: string | null; organisationId: string | null };

export async function checkLetterReferences(tx: Tx, data: TLetterInput, letterId: string | null): Promise<RecipientToStore[]> {
  const problems: Record<string, string> = {};
  const rows = data.recipients.map((row, index) => ({ row, index })).filter(({ row }) => !isEmptyRecipient(row));
  const wanted = <K extends "institutionId" | "positionId" | "organisationId">(key: K) =>
    [...new Set(rows.map(({ row }) => row[key]).filter((value): value is string => Boolean(value)))];

  const [positions, institutions, organisations, demands, campaign, senderOrganisation, senderInstitution, original] = await Promise.all([
    tx.position.findMany({ where: { id: { in: wanted("positionId") } }, select: { id: true, institutionId: true, startDate: true, endDate: true } }),
    tx.institution.findMany({ where: { id: { in: [...wanted("institutionId"), ...(data.senderInstitutionId ? [data.senderInstitutionId] : [])] } }, select: { id: true } }),
    tx.organisation.findMany({ where: { id: { in: [...wanted("organisationId"), ...(data.senderOrganisationId ? [data.senderOrganisationId] : [])] } }, select: { id: true } }),
    tx.demand.findMany({ where: { id: { in: data.demandIds } }, select: { id: true } }),
    data.campaignId ? tx.campaign.findUnique({ where: { id: data.campaignId }, select: { id: true } }) : null,
    data.senderOrganisationId ? tx.organisation.findUnique({ where: { id: data.senderOrganisationId }, select: { id: true } }) : null,
    data.senderInstitutionId ? tx.institution.findUnique({ where: { id: data.senderInstitutionId }, select: { id: true } }) : null,
    data.inReplyToId ? tx.letter.findUnique({ where: { id: data.inReplyToId }, select: { id: true, direction: true, date: true } }) : null,
  ]);
  const positionById = new Map(positions.map((position) => [position.id, position]));
  const institutionIds = new Set(institutions.map((institution) => institution.id));
  const organisationIds = new Set(organisations.map((organisation) => organisation.id));

  const recipients: RecipientToStore[] = [];
  for (const { row, index } of rows) {
    const at = (field: string) => `recipients.${index}.${field}`;
    if (row.institutionId && !institutionIds.has(row.institutionId)) problems[at("institutionId")] = "unknownChoice";
    if (row.organisationId && !organisationIds.has(row.organisationId)) problems[at("organisationId")] = "unknownChoice";
    const position = row.positionId ? positionById.get(row.positionId) : null;
    if (row.positionId && !position) problems[at("positionId")] = "unknownChoice";
    else if (position && !heldOn(position, data.date)) problems[at("positionId")] = "positionNotHeldOnDate";
    else if (position && row.institutionId && position.institutionId !== row.institutionId) problems[at("positionId")] = "positionNotAtInstitution";
    recipients.push({ institutionId: row.institutionId ?? position?.institutionId ?? null, positionId: row.positionId, organisationId: row.organisationId });
  }

  if (demands.length !== data.demandIds.length) problems.demandIds = "unknownChoice";
  if (data.campaignId && !campaign) problems.campaignId = "unknownChoice";
  if (data.senderOrganisationId && !senderOrganisation) problems.senderOrganisationId = "unknownChoice";
  if (data.senderInstitutionId && !senderInstitution) problems.senderInstitutionId = "unknownChoice";
  if (data.inReplyToId) {
    const problem = await replyProblem(tx, data, original, letterId);
    if (problem) problems.inReplyToId = problem;
  }

  if (Object.keys(problems).length > 0) throw new AppError("VALIDATION", "The letter names records that do not fit it", { fields: problems });
  return recipients;
}

async function replyProblem(
  tx: Tx,
  data: TLetterInput,
  original: { id: string; direction: string; date: Date } | null,
  letterId: string | null,
): Promise<string | null> {
  if (!original) return "unknownChoice";
  if (original.id === letterId) return "replyToSelf";
  if (original.direction === data.direction) return "replySameDirection";
  if (original.date > data.date) return "replyBeforeOriginal";
  if (letterId) {
    // Walk up what the chosen letter answers: meeting this letter again would close a loop.
    let next: string | null = original.id;
    for (let steps = 0; next && steps < 100; steps++) {
      if (next === letterId) return "replyCycle";
      const step: { inReplyToId: string | null } | null = await tx.letter.findUnique({ where: { id: next }, select: { inReplyToId: true } });
      next = step?.inReplyToId ?? null;
    }
  }
  return null;
}
