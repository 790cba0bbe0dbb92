// What a meeting points to (positions held that day, institutions, the delegation, demands…):
// checked against the database before anything is written, then written inside the caller's
// transaction. Used by createMeeting and updateMeeting only.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { parisDay, type TCreateMeetingInput } from "./form-schema";

export type MeetingLinksInput = Omit<TCreateMeetingInput, "submissionId">;

const held = (position: { startDate: Date | null; endDate: Date | null }, day: Date) =>
  (!position.startDate || position.startDate.getTime() <= day.getTime()) && (!position.endDate || position.endDate.getTime() >= day.getTime());

/** Ids among `wanted` that are not in the table, found in one query. */
async function missing(find: (ids: string[]) => Promise<{ id: string }[]>, wanted: (string | null | undefined)[]): Promise<Set<string>> {
  const list = [...new Set(wanted.filter((v): v is string => Boolean(v)))];
  if (list.length === 0) return new Set();
  const found = new Set((await find(list)).map((row) => row.id));
  return new Set(list.filter((id) => !found.has(id)));
}

/**
 * Refuses, with a message beside each field, what cannot be linked: an unknown choice, a position
 * not held on the meeting's day, a delegate from outside the delegation, a validation at a meeting
 * that is not a plenary. Action assignees are left to the database (checked as they are inserted).
 */
export async function checkMeetingReferences(tx: Tx, data: MeetingLinksInput, day: Date, meetingId: string | null): Promise<{ validatedOn: Date | null }> {
  const fields: Record<string, string> = {};
  const positions = await tx.position.findMany({
    where: { id: { in: data.officials.map((o) => o.positionId) } },
    select: { id: true, startDate: true, endDate: true },
  });
  const positionById = new Map(positions.map((p) => [p.id, p]));
  for (const row of data.officials) {
    const position = positionById.get(row.positionId);
    if (!position) fields[`officials.${row.at}.positionId`] = "unknownChoice";
    else if (!held(position, day)) fields[`officials.${row.at}.positionId`] = "positionNotHeldOnDate";
  }

  const byId = (ids: string[]) => ({ where: { id: { in: ids } }, select: { id: true } }) as const;
  // One after the other: a transaction holds one connection.
  const institutions = await missing((ids) => tx.institution.findMany(byId(ids)), [
    ...data.institutions,
    ...data.newOfficials.map((r) => r.institutionId),
    ...data.newDemands.flatMap((r) => r.targets),
  ]);
  const organisations = await missing((ids) => tx.organisation.findMany(byId(ids)), data.delegation);
  const people = await missing((ids) => tx.person.findMany(byId(ids)), [...data.delegates, ...data.newOfficials.map((r) => r.personId)]);
  const demands = await missing((ids) => tx.demand.findMany(byId(ids)), data.demands.map((r) => r.demandId));
  const letters = await missing((ids) => tx.letter.findMany(byId(ids)), [data.followsLetterId]);
  const meetings = await missing((ids) => tx.meeting.findMany(byId(ids)), [data.followsMeetingId]);
  const campaigns = await missing((ids) => tx.campaign.findMany(byId(ids)), [data.campaignId]);
  if (data.institutions.some((id) => institutions.has(id))) fields.institutions = "unknownChoice";
  for (const row of data.newOfficials) {
    if (institutions.has(row.institutionId)) fields[`newOfficials.${row.at}.institutionId`] = "unknownChoice";
    if (row.personId && people.has(row.personId)) fields[`newOfficials.${row.at}.personId`] = "unknownChoice";
  }
  for (const row of data.newDemands) {
    if (row.targets.some((id) => institutions.has(id))) fields[`newDemands.${row.at}.targets`] = "unknownChoice";
  }
  if (data.delegation.some((id) => organisations.has(id))) fields.delegation = "unknownChoice";
  if (data.delegates.some((id) => people.has(id))) fields.delegates = "unknownChoice";
  else if (data.delegates.length > 0) {
    // The delegation's people are staff of its organisations (or of no known organisation).
    const outside = await tx.person.count({
      where: { id: { in: data.delegates }, organisationId: { not: null }, NOT: { organisationId: { in: data.delegation } } },
    });
    if (outside > 0) fields.delegates = "delegateNotInDelegation";
  }
  for (const row of data.demands) {
    if (demands.has(row.demandId)) fields[`demands.${row.at}.demandId`] = "unknownChoice";
  }
  if (data.followsLetterId && letters.has(data.followsLetterId)) fields.followsLetterId = "unknownChoice";
  if (data.followsMeetingId && (meetings.has(data.followsMeetingId) || data.followsMeetingId === meetingId)) fields.followsMeetingId = "unknownChoice";
  if (data.campaignId && campaigns.has(data.campaignId)) fields.campaignId = "unknownChoice";

  let validatedOn = data.reportValidatedOn;
  if (data.reportValidatedAtId) {
    const plenary = await tx.meeting.findUnique({ where: { id: data.reportValidatedAtId }, select: { kind: true, startsAt: true, id: true } });
    if (!plenary || plenary.kind !== "PLENARY" || plenary.id === meetingId) fields.reportValidatedAtId = "notAPlenary";
    else {
      const plenaryDay = parisDay(plenary.startsAt);
      // Validated at a plenary: on its day, unless the form says otherwise and agrees with it.
      if (validatedOn && validatedOn.getTime() !== plenaryDay.getTime()) fields.reportValidatedOn = "notThePlenaryDay";
      validatedOn ??= plenaryDay;
    }
  }
  if (Object.keys(fields).length > 0) throw new AppError("VALIDATION", "The meeting refers to what cannot be linked.", { fields });
  return { validatedOn };
}

/** Records made on the spot, for the audit entry. */
export type CreatedOnTheSpot = { people: string[]; positions: string[]; demands: string[]; actions: string[] };

/**
 * Writes the meeting's sets (institutions, officials, delegation, delegates, demands raised) and
 * what the form created on the spot: people and their positions, new demands (with their first
 * status, RAISED, sourced from this meeting), new follow-up actions.
 */
export async function writeMeetingLinks(
  tx: Tx,
  meeting: { id: string; titleFr: string; day: Date; visibility: Visibility; campaignId: string | null },
  data: MeetingLinksInput,
  actor: NonNullable<Actor>,
): Promise<CreatedOnTheSpot> {
  const created: CreatedOnTheSpot = { people: [], positions: [], demands: [], actions: [] };
  const meetingId = meeting.id;
  await tx.meetingInstitution.createMany({ data: data.institutions.map((institutionId) => ({ meetingId, institutionId })) });

  const positionIds = new Set(data.officials.map((o) => o.positionId));
  for (const row of data.newOfficials) {
    let personId = row.personId;
    if (!personId) {
      const person = await tx.person.create({ data: { firstName: row.firstName ?? "", lastName: row.lastName ?? "" }, select: { id: true } });
      created.people.push(person.id);
      personId = person.id;
    }
    const position = await tx.position.create({
      data: { personId, institutionId: row.institutionId, title: row.title, startDate: row.startDate },
      select: { id: true },
    });
    created.positions.push(position.id);
    positionIds.add(position.id);
  }
  await tx.meetingOfficial.createMany({ data: [...positionIds].map((positionId) => ({ meetingId, positionId })) });
  await tx.meetingDelegation.createMany({ data: data.delegation.map((organisationId) => ({ meetingId, organisationId })) });
  await tx.meetingDelegate.createMany({ data: data.delegates.map((personId) => ({ meetingId, personId })) });
  await tx.meetingDemand.createMany({ data: data.demands.map((row) => ({ meetingId, demandId: row.demandId, note: row.note })) });

  // A demand first raised here is internal until someone publishes it; coordination-only with a
  // coordination-only meeting.
  const demandVisibility: Visibility = meeting.visibility === "COORDINATION" ? "COORDINATION" : "MEMBERS";
  for (const row of data.newDemands) {
    const demand = await tx.demand.create({
      data: {
        titleFr: row.titleFr,
        titleEn: row.titleEn,
        status: "RAISED",
        statusDate: meeting.day,
        raisedOn: meeting.day,
        visibility: demandVisibility,
        campaignId: meeting.campaignId,
        targets: { create: row.targets.map((institutionId) => ({ institutionId })) },
        statusChanges: {
          create: { status: "RAISED", date: meeting.day, sourceMeetingId: meetingId, noteFr: row.note ?? `Soulevée lors de la rencontre « ${meeting.titleFr} ».`, recordedById: actor.id },
        },
        meetings: { create: { meetingId, note: row.note } },
      },
      select: { id: true },
    });
    created.demands.push(demand.id);
  }

  const actionVisibility: Visibility = meeting.visibility === "COORDINATION" ? "COORDINATION" : "MEMBERS";
  for (const row of data.actions) {
    try {
      const action = await tx.action.create({
        data: {
          title: row.title,
          meetingId,
          assigneeOrganisationId: row.assigneeOrganisationId,
          assigneeUserId: row.assigneeUserId,
          dueOn: row.dueOn,
          visibility: actionVisibility,
          createdById: actor.id,
        },
        select: { id: true },
      });
      created.actions.push(action.id);
    } catch (error) {
      // An assignee that does not exist (any more): the whole meeting is rolled back, and the user
      // is told beside the field.
      const field = unknownAssignee(error);
      if (field) throw new AppError("VALIDATION", "Unknown assignee.", { fields: { [`actions.${row.at}.${field}`]: "unknownChoice" } });
      throw error;
    }
  }
  return created;
}

function unknownAssignee(error: unknown): "assigneeOrganisationId" | "assigneeUserId" | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2003") return null;
  const detail = `${JSON.stringify(error.meta ?? {})} ${error.message}`;
  return detail.includes("assigneeUserId") ? "assigneeUserId" : "assigneeOrganisationId";
}

/** Removes the sets an edit re-saves; follow-up actions and demands' histories stay. */
export async function clearMeetingSets(tx: Tx, meetingId: string): Promise<void> {
  await tx.meetingInstitution.deleteMany({ where: { meetingId } });
  await tx.meetingOfficial.deleteMany({ where: { meetingId } });
  await tx.meetingDelegation.deleteMany({ where: { meetingId } });
  await tx.meetingDelegate.deleteMany({ where: { meetingId } });
  await tx.meetingDemand.deleteMany({ where: { meetingId } });
}
