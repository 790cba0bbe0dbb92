// Test data for the meeting stories: form input as the browser sends it, and the seed's records
// looked up by name.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { newSubmissionId } from "@/lib/forms/submission";
import { ZCreateMeetingSchema, ZUpdateMeetingSchema } from "@/lib/meetings/form-schema";

export const unique = () => randomBytes(4).toString("hex");

/** A position of the seed, by the person's last name and the institution's slug-free name. */
export async function seededPosition(lastName: string, institutionName?: string) {
  return db.position.findFirstOrThrow({
    where: { person: { lastName }, ...(institutionName ? { institution: { name: institutionName } } : {}) },
    select: { id: true, personId: true, title: true, institutionId: true },
  });
}

export const seededOrganisation = (slug: string) => db.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true, name: true } });
export const seededInstitution = (name: string) => db.institution.findFirstOrThrow({ where: { name }, select: { id: true } });

/** The fields of a meeting form, as strings; rows as the browser numbers them. */
export function meetingForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    titleFr: `Rencontre de test ${unique()}`,
    titleEn: "",
    startsAt: "2014-09-23T10:00",
    endsAt: "",
    place: "Place Beauvau, Paris",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "MEMBERS",
    agenda: "",
    report: "",
    reportStatus: "",
    reportValidatedOn: "",
    reportValidatedAtId: "",
    summaryFr: "",
    summaryEn: "",
    confidentialNotes: "",
    followsLetterId: "",
    followsMeetingId: "",
    campaignId: "",
    ...overrides,
  };
}

export const createInput = (overrides: Record<string, unknown> = {}) =>
  ZCreateMeetingSchema.parse({ ...meetingForm(overrides), submissionId: (overrides.submissionId as string) ?? newSubmissionId() });

export const updateInput = (meetingId: string, version: number, overrides: Record<string, unknown> = {}) =>
  ZUpdateMeetingSchema.parse({ ...meetingForm(overrides), meetingId, version: String(version) });

/** Everything a meeting holds, to compare before and after a refused change. */
export async function meetingSnapshot(meetingId: string) {
  return db.meeting.findUnique({
    where: { id: meetingId },
    include: { institutions: true, officials: true, delegation: true, delegates: true, demands: true, actions: true },
  });
}
