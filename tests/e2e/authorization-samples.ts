// What the authorization-matrix test sends to each endpoint: a value for every dynamic route
// segment, and for every server action a VALID input, so that only authorization can stop a
// refused caller (an invalid input would be refused by validation and prove nothing). A new
// dynamic segment or server action without a sample makes the matrix test fail.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "../../lib/auth/password";
import { tinyPdf } from "../support/documents";
import { DEMO, testDb } from "./fixtures";

export type Samples = {
  ids: Record<string, string>;
  /** The throwaway account coordinators' actions are aimed at, so the run harms no demo account. */
  target: { id: string; email: string; version: number };
  invitationId: string;
  ownOrganisationId: string;
  /** A MEMBERS statement the publishing action may publish. */
  publishableStatementId: string;
  /** Records made for the run, so that edits and deletions aimed at them harm no demo record. */
  throwaway: { letterToEdit: string; letterToDelete: string; statementToEdit: string; statementToDelete: string; documentToDelete: string };
  /** The registry records and workspace items the other actions are aimed at, made for the run. */
  registry: {
    actionId: string;
    demandId: string;
    /** A step and a commitment of that demand, for the forms that correct them. */
    statusChangeId: string;
    commitmentId: string;
    /** A theme for the rename form. */
    themeId: string;
    campaign: { id: string; slug: string };
    institutionId: string;
    organisationId: string;
    membershipEventId: string;
    personId: string;
    positionToEdit: string;
    positionToEnd: string;
  };
};

/** Where the app under test keeps uploaded files (see scripts/test-e2e.ts and scripts/start.ts). */
function uploadDir(): string {
  return process.env.UPLOAD_DIR || path.join(process.env.PLAIDOYER_DATA_DIR || ".data/e2e", "uploads");
}

/** A public PDF on a public meeting, its file stored as the app stores files (lib/documents/storage.ts). */
async function storedPublicDocument(meetingId: string): Promise<string> {
  const bytes = tinyPdf("Matrice");
  const storageKey = randomBytes(32).toString("base64url");
  mkdirSync(path.join(uploadDir(), storageKey.slice(0, 2)), { recursive: true });
  writeFileSync(path.join(uploadDir(), storageKey.slice(0, 2), storageKey), bytes);
  const document = await testDb().document.create({
    data: {
      titleFr: "Document public de la matrice",
      fileName: "matrice.pdf",
      mimeType: "application/pdf",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey,
      visibility: "PUBLIC",
      meetingId,
    },
    select: { id: true },
  });
  return document.id;
}

// Each preparation (the matrix, the hostile forms: one worker may run both) makes records of its own.
let RUN = Date.now().toString(36);
let preparations = 0;
export const TARGET_PASSWORD = "matrix-target-password";

export async function prepareSamples(): Promise<Samples> {
  RUN = `${Date.now().toString(36)}-${++preparations}`;
  throwawayMeetings.clear();
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
    letterId: await first("letter", { visibility: { in: ["PUBLIC", "MEMBERS"] } }),
    statementId: await first("statement", { visibility: { in: ["PUBLIC", "MEMBERS"] } }),
    campaignId: await first("campaign", { visibility: { in: ["PUBLIC", "MEMBERS"] } }),
    themeId: await first("theme"),
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
    documentId: await storedPublicDocument(await first("meeting", { visibility: "PUBLIC" })),
  };
  // A demand that has a commitment and steps, for the pages that correct them (read, never saved).
  const commitment = await db.commitment.findFirst({
    where: { demand: { visibility: { in: ["PUBLIC", "MEMBERS"] }, statusChanges: { some: {} } } },
    select: { id: true, demandId: true },
    orderBy: { id: "asc" },
  });
  if (!commitment?.demandId) throw new Error("The authorization matrix needs a commitment of a demand with steps in the demo data.");
  ids.demandId = commitment.demandId;
  ids.commitmentId = commitment.id;
  ids.changeId = await first("demandStatusChange", { demandId: commitment.demandId });
  const publishable = await db.statement.create({
    data: { date: new Date("2018-05-10"), titleFr: `Prise de position de la matrice ${RUN}`, textFr: "Texte.", visibility: "MEMBERS" },
    select: { id: true },
  });
  const letter = () =>
    db.letter.create({ data: { direction: "SENT", date: new Date("2015-04-21"), subjectFr: `Courrier de la matrice ${RUN}`, visibility: "MEMBERS" }, select: { id: true } });
  const statement = () =>
    db.statement.create({ data: { date: new Date("2018-05-10"), titleFr: `Déclaration de la matrice ${RUN}`, textFr: "Texte.", visibility: "MEMBERS" }, select: { id: true } });
  const throwaway = {
    letterToEdit: (await letter()).id,
    letterToDelete: (await letter()).id,
    statementToEdit: (await statement()).id,
    statementToDelete: (await statement()).id,
    documentToDelete: (
      await db.document.create({
        data: { titleFr: "À supprimer", fileName: "a-supprimer.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "0".repeat(64), storageKey: randomBytes(32).toString("base64url"), meetingId: ids.meetingId },
        select: { id: true },
      })
    ).id,
  };
  const institution = await db.institution.create({ data: { name: `Ministère de la matrice ${RUN}`, kind: "MINISTRY" }, select: { id: true } });
  const organisation = await db.organisation.create({ data: { name: `Association de la matrice ${RUN}`, slug: `matrice-${RUN}` }, select: { id: true } });
  const person = await db.person.create({ data: { firstName: "Camille", lastName: `Matrice ${RUN}` }, select: { id: true } });
  const position = (title: string) =>
    db.position.create({ data: { personId: person.id, institutionId: institution.id, title, startDate: new Date("2020-01-01") }, select: { id: true } });
  const registry = {
    actionId: (
      await db.action.create({
        data: { title: `Action de la matrice ${RUN}`, assigneeOrganisationId: member.organisationId, dueOn: new Date("2030-01-01") },
        select: { id: true },
      })
    ).id,
    demandId: (
      await db.demand.create({
        data: { titleFr: `Revendication de la matrice ${RUN}`, raisedOn: new Date("2014-09-23"), statusDate: new Date("2014-09-23") },
        select: { id: true },
      })
    ).id,
    statusChangeId: "",
    commitmentId: "",
    themeId: (await db.theme.create({ data: { slug: `matrice-${RUN}`, nameFr: `Thème de la matrice ${RUN}`, nameEn: `Matrix theme ${RUN}` }, select: { id: true } })).id,
    campaign: await db.campaign.create({ data: { slug: `matrice-${RUN}`, nameFr: `Dossier de la matrice ${RUN}` }, select: { id: true, slug: true } }),
    institutionId: institution.id,
    organisationId: organisation.id,
    membershipEventId: (
      await db.membershipEvent.create({ data: { organisationId: organisation.id, kind: "OBSERVER_SINCE", date: new Date("2019-01-01") }, select: { id: true } })
    ).id,
    personId: person.id,
    positionToEdit: (await position("Conseiller de la matrice")).id,
    positionToEnd: (await position("Conseiller sortant de la matrice")).id,
  };
  registry.statusChangeId = (
    await db.demandStatusChange.create({
      data: { demandId: registry.demandId, status: "RAISED", date: new Date("2014-09-23"), noteFr: "Étape de la matrice" },
      select: { id: true },
    })
  ).id;
  registry.commitmentId = (
    await db.commitment.create({ data: { demandId: registry.demandId, descriptionFr: "Engagement de la matrice", status: "PENDING" }, select: { id: true } })
  ).id;
  // The position pages are reached through their person.
  ids.actionId = registry.actionId;
  ids.personId = person.id;
  ids.positionId = registry.positionToEdit;
  const samples = { ids, target, invitationId: invitation.id, ownOrganisationId: member.organisationId!, publishableStatementId: publishable.id, throwaway, registry };
  // Made now, not on first use: a sample is built between the two fingerprints of a call.
  for (const purpose of MEETING_PURPOSES) await throwawayMeeting(purpose, samples);
  return samples;
}

/** The version a record has now, for edit forms (an earlier call may have saved it). */
async function currentVersion(
  model:
    | "user"
    | "letter"
    | "statement"
    | "document"
    | "action"
    | "demand"
    | "demandStatusChange"
    | "commitment"
    | "campaign"
    | "theme"
    | "institution"
    | "organisation"
    | "person"
    | "position",
  id: string,
): Promise<string> {
  const delegate = testDb()[model] as unknown as { findUniqueOrThrow: (args: object) => Promise<{ version: number }> };
  const row = await delegate.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return String(row.version);
}

/** Field values as a form sends them: text, or a file. */
type Sample = (s: Samples) => Record<string, string | File> | Promise<Record<string, string | File>>;

const submission = () => randomBytes(18).toString("base64url");
const letterFields = { direction: "SENT", date: "2015-04-21", datePrecision: "DAY", subjectFr: `Courrier de la matrice ${RUN}`, visibility: "MEMBERS" };
const statementFields = { date: "2018-05-10", datePrecision: "DAY", titleFr: `Déclaration de la matrice ${RUN}`, textFr: "Texte.", visibility: "MEMBERS" };

const fresh = () => randomBytes(18).toString("base64url");

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
  "lib/actions/actions.ts#changeActionStatusAction": async (s) => ({
    actionId: s.registry.actionId,
    version: await currentVersion("action", s.registry.actionId),
    status: "IN_PROGRESS",
    note: "Commencé",
  }),
  "lib/actions/actions.ts#addActionCommentAction": (s) => ({ actionId: s.registry.actionId, submissionId: fresh(), body: "Un commentaire" }),
  "lib/demands/history-actions.ts#recordDemandStatusAction": async (s) => ({
    demandId: s.registry.demandId,
    version: await currentVersion("demand", s.registry.demandId),
    submissionId: fresh(),
    date: "2015-05-19",
    status: "IN_PROGRESS",
    noteFr: "Une étape",
  }),
  "lib/demands/history-actions.ts#recordCommitmentAction": (s) => ({
    demandId: s.registry.demandId,
    submissionId: fresh(),
    descriptionFr: "Un engagement",
    status: "PENDING",
    visibility: "MEMBERS",
  }),
  "lib/demands/history-actions.ts#updateDemandStatusAction": async (s) => ({
    demandId: s.registry.demandId,
    changeId: s.registry.statusChangeId,
    version: await currentVersion("demandStatusChange", s.registry.statusChangeId),
    date: "2014-09-23",
    status: "RAISED",
    noteFr: `Étape corrigée ${fresh()}`,
    noteEn: "A corrected step",
  }),
  "lib/demands/history-actions.ts#updateCommitmentAction": async (s) => ({
    demandId: s.registry.demandId,
    commitmentId: s.registry.commitmentId,
    version: await currentVersion("commitment", s.registry.commitmentId),
    descriptionFr: `Engagement mis à jour ${fresh()}`,
    promisedOn: "2014-09-23",
    dueOn: "2014-12-31",
    keptOn: "2015-05-19",
    status: "KEPT",
    visibility: "MEMBERS",
  }),
  "lib/demands/actions.ts#createDemandAction": () => ({
    submissionId: fresh(),
    titleFr: `Revendication ${fresh()}`,
    raisedOn: "2014-09-23",
    visibility: "MEMBERS",
    noteFr: "Portée lors de la rencontre.",
  }),
  "lib/demands/actions.ts#updateDemandAction": async (s) => ({
    demandId: s.registry.demandId,
    version: await currentVersion("demand", s.registry.demandId),
    titleFr: `Revendication de la matrice renommée ${fresh()}`,
    visibility: "MEMBERS",
  }),
  "lib/themes/actions.ts#createThemeAction": () => ({ submissionId: fresh(), nameFr: `Thème ${fresh()}`, nameEn: `Theme ${fresh()}` }),
  "lib/themes/actions.ts#updateThemeAction": async (s) => ({
    themeId: s.registry.themeId,
    version: await currentVersion("theme", s.registry.themeId),
    nameFr: `Thème de la matrice renommé ${fresh()}`,
    nameEn: "Matrix theme",
  }),
  "lib/campaigns/actions.ts#createCampaignAction": () => ({ submissionId: fresh(), nameFr: `Dossier ${fresh()}`, visibility: "MEMBERS", slug: "" }),
  "lib/campaigns/actions.ts#updateCampaignAction": async (s) => ({
    campaignId: s.registry.campaign.id,
    version: await currentVersion("campaign", s.registry.campaign.id),
    slug: s.registry.campaign.slug,
    nameFr: `Dossier renommé ${fresh()}`,
    visibility: "MEMBERS",
  }),
  "lib/institutions/actions.ts#createInstitutionAction": () => ({ submissionId: fresh(), name: `Ministère ${fresh()}`, kind: "MINISTRY" }),
  "lib/institutions/actions.ts#updateInstitutionAction": async (s) => ({
    institutionId: s.registry.institutionId,
    version: await currentVersion("institution", s.registry.institutionId),
    name: `Ministère renommé ${fresh()}`,
    kind: "MINISTRY",
  }),
  "lib/organisations/actions.ts#createOrganisationAction": () => ({ submissionId: fresh(), name: `Association ${fresh()}` }),
  "lib/organisations/actions.ts#updateOrganisationAction": async (s) => ({
    organisationId: s.registry.organisationId,
    version: await currentVersion("organisation", s.registry.organisationId),
    name: `Association renommée ${fresh()}`,
  }),
  "lib/organisations/actions.ts#recordMembershipEventAction": (s) => ({
    organisationId: s.registry.organisationId,
    submissionId: fresh(),
    kind: "MEMBER_SINCE",
    date: "2020-06-01",
    voteResult: "",
  }),
  "lib/organisations/actions.ts#deleteMembershipEventAction": (s) => ({ organisationId: s.registry.organisationId, eventId: s.registry.membershipEventId }),
  "lib/people/actions.ts#createPersonAction": () => ({ submissionId: fresh(), firstName: "Dominique", lastName: `Nouvelle ${fresh()}` }),
  "lib/people/actions.ts#updatePersonAction": async (s) => ({
    personId: s.registry.personId,
    version: await currentVersion("person", s.registry.personId),
    firstName: "Camille",
    lastName: `Renommée ${fresh()}`,
  }),
  "lib/people/actions.ts#createPositionAction": (s) => ({
    personId: s.registry.personId,
    submissionId: fresh(),
    title: `Conseillère ${fresh()}`,
    institutionId: s.registry.institutionId,
    startDate: "2025-01-01",
  }),
  "lib/people/actions.ts#updatePositionAction": async (s) => ({
    positionId: s.registry.positionToEdit,
    version: await currentVersion("position", s.registry.positionToEdit),
    title: `Conseiller corrigé ${fresh()}`,
    institutionId: s.registry.institutionId,
    startDate: "2020-01-01",
  }),
  "lib/people/actions.ts#endPositionAndStartNextAction": async (s) => ({
    positionId: s.registry.positionToEnd,
    version: await currentVersion("position", s.registry.positionToEnd),
    changeDate: "2021-01-01",
    title: "Conseiller entrant de la matrice",
    institutionId: s.registry.institutionId,
  }),
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
  "lib/letters/actions.ts#createLetterAction": () => ({ ...letterFields, submissionId: submission() }),
  "lib/letters/actions.ts#updateLetterAction": async (s) => ({
    ...letterFields,
    letterId: s.throwaway.letterToEdit,
    version: await currentVersion("letter", s.throwaway.letterToEdit),
  }),
  "lib/letters/actions.ts#deleteLetterAction": async (s) => ({
    letterId: s.throwaway.letterToDelete,
    version: await currentVersion("letter", s.throwaway.letterToDelete),
    confirm: "on",
  }),
  "lib/statements/actions.ts#createStatementAction": () => ({ ...statementFields, submissionId: submission() }),
  "lib/statements/actions.ts#updateStatementAction": async (s) => ({
    ...statementFields,
    statementId: s.throwaway.statementToEdit,
    version: await currentVersion("statement", s.throwaway.statementToEdit),
  }),
  "lib/statements/actions.ts#deleteStatementAction": async (s) => ({
    statementId: s.throwaway.statementToDelete,
    version: await currentVersion("statement", s.throwaway.statementToDelete),
    confirm: "on",
  }),
  "lib/documents/actions.ts#uploadDocumentAction": (s) => ({
    submissionId: submission(),
    parentType: "meeting",
    parentId: s.ids.meetingId,
    titleFr: "Document de la matrice",
    kind: "OTHER",
    visibility: "MEMBERS",
    file: new File([new Uint8Array(tinyPdf("Matrice"))], "matrice.pdf", { type: "application/pdf" }),
  }),
  "lib/documents/actions.ts#deleteDocumentAction": async (s) => ({
    documentId: s.throwaway.documentToDelete,
    version: await currentVersion("document", s.throwaway.documentToDelete),
  }),
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
