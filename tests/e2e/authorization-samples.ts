// What the authorization-matrix test sends to each endpoint: a value for every dynamic route
// segment, and for every server action a VALID input, so that only authorization can stop a
// refused caller (an invalid input would be refused by validation and prove nothing). A new
// dynamic segment or server action without a sample makes the matrix test fail.
import { hashPassword } from "../../lib/auth/password";
import { DEMO, testDb } from "./fixtures";

export type Samples = {
  ids: Record<string, string>;
  /** The throwaway account coordinators' actions are aimed at, so the run harms no demo account. */
  target: { id: string; email: string; version: number };
  invitationId: string;
  ownOrganisationId: string;
  /** A MEMBERS statement the publishing action may publish. */
  publishableStatementId: string;
};

const RUN = Date.now().toString(36);
export const TARGET_PASSWORD = "matrix-target-password";

export async function prepareSamples(): Promise<Samples> {
  const db = testDb();
  const first = async (model: string, where: object = {}) => {
    const row = await (db as unknown as Record<string, { findFirst: (a: object) => Promise<{ id: string } | null> }>)[model].findFirst({
      where,
      select: { id: true },
      orderBy: { id: "asc" },
    });
    if (!row) throw new Error(`The authorization matrix needs a ${model} in the demo data.`);
    return row.id;
  };
  const member = await db.user.findUniqueOrThrow({ where: { email: DEMO.member }, select: { organisationId: true } });
  const target = await db.user.create({
    data: {
      email: `matrix-target-${RUN}@example.org`,
      name: "Compte cible de la matrice",
      role: "MEMBER",
      organisationId: member.organisationId,
      passwordHash: await hashPassword(TARGET_PASSWORD),
    },
    select: { id: true, email: true, version: true },
  });
  const invitation = await db.invitation.create({
    data: {
      email: `matrix-invited-${RUN}@example.org`,
      name: "Invitation de la matrice",
      role: "OBSERVER",
      organisationId: member.organisationId,
      tokenHash: `matrix-${RUN}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
    select: { id: true },
  });
  const ids: Record<string, string> = {
    meetingId: await first("meeting", { visibility: "MEMBERS" }),
    demandId: await first("demand", { visibility: { in: ["PUBLIC", "MEMBERS"] } }),
    letterId: await first("letter", { visibility: { in: ["PUBLIC", "MEMBERS"] } }),
    statementId: await first("statement", { visibility: { in: ["PUBLIC", "MEMBERS"] } }),
    campaignId: await first("campaign", { visibility: { in: ["PUBLIC", "MEMBERS"] } }),
    organisationId: await first("organisation"),
    institutionId: await first("institution"),
    personId: await first("person"),
    userId: target.id,
    token: "not-a-real-token",
    lang: "en",
    entry: `meeting-${await first("meeting", { visibility: "PUBLIC", status: { not: "CANCELLED" } })}`,
    view: "year=2014",
    list: "meetings",
    nextauth: "csrf",
  };
  const publishable = await db.statement.create({
    data: { date: new Date("2018-05-10"), titleFr: `Prise de position de la matrice ${RUN}`, textFr: "Texte.", visibility: "MEMBERS" },
    select: { id: true },
  });
  const samples = { ids, target, invitationId: invitation.id, ownOrganisationId: member.organisationId!, publishableStatementId: publishable.id };
  // Made now, not on first use: a sample is built between the two fingerprints of a call.
  for (const purpose of MEETING_PURPOSES) await throwawayMeeting(purpose, samples);
  return samples;
}

/** The version a record has now, for edit forms (an earlier call may have saved it). */
async function currentVersion(model: "user" | "statement", id: string): Promise<string> {
  const delegate = testDb()[model] as unknown as { findUniqueOrThrow: (args: object) => Promise<{ version: number }> };
  const row = await delegate.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return String(row.version);
}

type Sample = (s: Samples) => Record<string, string> | Promise<Record<string, string>>;

/**
 * A throwaway meeting per purpose (made once), so that the coordinators' calls harm no demo meeting.
 * Its delegation is the member's own organisation only: a member of another organisation may not
 * draft its report.
 */
const MEETING_PURPOSES = ["modification", "annulation", "suppression", "compte-rendu"] as const;
const throwawayMeetings = new Map<string, Promise<string>>();
function throwawayMeeting(purpose: string, s: Samples): Promise<string> {
  if (!throwawayMeetings.has(purpose)) {
    throwawayMeetings.set(
      purpose,
      testDb()
        .meeting.create({
          data: {
            titleFr: `Rencontre de la matrice (${purpose}) ${RUN}`,
            startsAt: new Date("2014-09-23T08:00:00Z"),
            kind: "GOVERNMENT",
            visibility: "MEMBERS",
            delegation: { create: { organisationId: s.ownOrganisationId } },
          },
          select: { id: true },
        })
        .then((meeting) => meeting.id),
    );
  }
  return throwawayMeetings.get(purpose)!;
}

async function meetingVersion(id: string): Promise<string> {
  const row = await testDb().meeting.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return String(row.version);
}

const meetingFields = { startsAt: "2014-09-23T10:00", kind: "GOVERNMENT", status: "HELD", visibility: "MEMBERS" };

/** A valid input for each server action ("<file>#<export>"). */
export const ACTION_SAMPLES: Record<string, Sample> = {
  "lib/i18n/actions.ts#setLocale": () => ({ locale: "en", back: "/" }),
  "lib/accounts/actions.ts#acceptInvitationAction": () => ({ token: "not-a-real-token", password: "a-long-new-password", confirmation: "a-long-new-password" }),
  "lib/accounts/actions.ts#forgotPasswordAction": () => ({ email: "nobody@example.org" }),
  "lib/accounts/actions.ts#resetPasswordAction": () => ({ token: "not-a-real-token", password: "a-long-new-password", confirmation: "a-long-new-password" }),
  "lib/accounts/actions.ts#changeOwnPasswordAction": () => ({ current: TARGET_PASSWORD, password: "another-long-password", confirmation: "another-long-password" }),
  "lib/calendar/actions.ts#changeCalendarFeed": () => ({ intent: "create" }),
  "lib/publishing/actions.ts#publicationAction": async (s) => ({
    kind: "statement",
    id: s.publishableStatementId,
    version: await currentVersion("statement", s.publishableStatementId),
    intent: "publish",
  }),
  "lib/accounts/actions.ts#inviteAction": (s) => ({
    email: `matrix-new-${RUN}-${Math.random().toString(36).slice(2)}@example.org`,
    name: "Nouvelle personne",
    role: "MEMBER",
    organisationId: s.ownOrganisationId,
    locale: "fr",
  }),
  "lib/accounts/actions.ts#revokeInvitationAction": (s) => ({ invitationId: s.invitationId }),
  "lib/accounts/actions.ts#updateAccountAction": async (s) => ({
    userId: s.target.id,
    version: await currentVersion("user", s.target.id),
    role: "OBSERVER",
    organisationId: s.ownOrganisationId,
  }),
  "lib/accounts/actions.ts#setAccountActiveAction": async (s) => ({ userId: s.target.id, version: await currentVersion("user", s.target.id), active: "false" }),
  "lib/meetings/actions.ts#createMeetingAction": () => ({
    ...meetingFields,
    titleFr: `Rencontre créée par la matrice ${RUN}`,
    submissionId: `matrix-${RUN}-${Math.random().toString(36).slice(2)}`,
  }),
  "lib/meetings/actions.ts#updateMeetingAction": async (s) => {
    const meetingId = await throwawayMeeting("modification", s);
    return { ...meetingFields, meetingId, version: await meetingVersion(meetingId), titleFr: `Rencontre modifiée par la matrice ${Math.random()}` };
  },
  "lib/meetings/actions.ts#cancelMeetingAction": async (s) => {
    const meetingId = await throwawayMeeting("annulation", s);
    return { meetingId, version: await meetingVersion(meetingId) };
  },
  "lib/meetings/actions.ts#deleteMeetingAction": async (s) => {
    const meetingId = await throwawayMeeting("suppression", s);
    return { meetingId, version: await meetingVersion(meetingId), confirm: "on" };
  },
  "lib/meetings/actions.ts#saveMeetingReportAction": async (s) => {
    const meetingId = await throwawayMeeting("compte-rendu", s);
    return { meetingId, version: await meetingVersion(meetingId), report: `Brouillon de la matrice ${Math.random()}` };
  },
};
