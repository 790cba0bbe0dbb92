// Who may do what: the role matrix as readable permissions. Every query and mutation checks its
// actor against this, in the data layer; pages and layouts never are the only guard.
import type { Role, Visibility } from "@/lib/generated/prisma/enums";

/** The signed-in user as the data layer sees them; `null` is an anonymous visitor. */
export type Actor = {
  id: string;
  role: Role;
  organisationId: string | null;
  name: string;
  email: string;
} | null;

export type Audience = "ANONYMOUS" | Role;

const ALL: Audience[] = ["ANONYMOUS", "OBSERVER", "MEMBER", "COORDINATOR"];
const SIGNED_IN: Audience[] = ["OBSERVER", "MEMBER", "COORDINATOR"];
const COORDINATORS: Audience[] = ["COORDINATOR"];

export const PERMISSIONS = {
  "read:public": ALL,
  "read:workspace": SIGNED_IN,
  "read:coordination": COORDINATORS,
  "read:confidential-notes": COORDINATORS,
  "read:audit": COORDINATORS,
  "manage:accounts": COORDINATORS,
  "manage:organisations": COORDINATORS,
  "manage:institutions": COORDINATORS,
  "manage:people": COORDINATORS,
  "manage:meetings": COORDINATORS,
  "manage:letters": COORDINATORS,
  "manage:statements": COORDINATORS,
  "manage:demands": COORDINATORS,
  "manage:campaigns": COORDINATORS,
  "manage:documents": COORDINATORS,
  "manage:actions": COORDINATORS,
  "publish:timeline": COORDINATORS,
  "validate:report": COORDINATORS,
  // A member drafts the report of a meeting her organisation was in the delegation of.
  "draft:report:own-delegation": ["MEMBER", "COORDINATOR"],
  // A member updates the actions assigned to her or to her organisation.
  "update:action:own": ["MEMBER", "COORDINATOR"],
  "update:action:any": COORDINATORS,
  "comment:action": ["MEMBER", "COORDINATOR"],
  "read:dashboard:coordination": COORDINATORS,
  "use:calendar-feed": SIGNED_IN,
} as const satisfies Record<string, readonly Audience[]>;

export type Permission = keyof typeof PERMISSIONS;

export function audienceOf(actor: Actor): Audience {
  return actor ? actor.role : "ANONYMOUS";
}

export function can(actor: Actor, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Audience[]).includes(audienceOf(actor));
}

/** The visibility levels an actor may read: the `where` clause of every scoped query. */
export function visibleLevels(actor: Actor): Visibility[] {
  if (!actor) return ["PUBLIC"];
  if (actor.role === "COORDINATOR") return ["PUBLIC", "MEMBERS", "COORDINATION"];
  return ["PUBLIC", "MEMBERS"];
}

export function canSee(actor: Actor, visibility: Visibility): boolean {
  return visibleLevels(actor).includes(visibility);
}

// ─── The endpoint matrix ─────────────────────────────────────────────────────
// Who may reach each page, route handler and server action of the app. The authorization-matrix
// test reads the build's manifests and fails for any endpoint missing here, then calls each one
// as every kind of visitor and checks the outcome against this table.
//   anyone        — public pages, sign-in, health, feeds
//   signed-in     — the members' workspace (observers, members, coordinators)
//   members       — members of any association and coordinators (observers only read)
//   contributors  — the members of the association concerned, and coordinators
//   coordinators  — administration and every change to the shared records
//   by-token      — anyone holding a secret link (calendar feeds) or the web server's own secret
//                   (its internal route); without it, a bare 404
// Items inside a page are further filtered by their visibility in the queries themselves.
export type Access = "anyone" | "by-token" | "signed-in" | "members" | "contributors" | "coordinators";

export const ACCESS_AUDIENCES: Record<Access, readonly Audience[]> = {
  anyone: ALL,
  "by-token": ALL,
  "signed-in": SIGNED_IN,
  members: ["MEMBER", "COORDINATOR"],
  contributors: ["MEMBER", "COORDINATOR"],
  coordinators: COORDINATORS,
};

/** Pages and route handlers, by their route pattern in the build's app-path-routes-manifest. */
export const ROUTE_ACCESS: Record<string, Access> = {
  "/[lang]": "anyone",
  "/[lang]/about": "anyone",
  "/[lang]/timeline": "anyone",
  "/[lang]/timeline/[entry]": "anyone",
  "/[lang]/timeline/v/[view]": "anyone",
  "/feeds/meetings.ics": "anyone",
  "/feeds/timeline-fr.xml": "anyone",
  "/feeds/timeline-en.xml": "anyone",
  "/sitemap.xml": "anyone",
  "/robots.txt": "anyone",
  "/icon.svg": "anyone",
  "/_global-error": "anyone",
  "/_not-found": "anyone",
  "/login": "anyone",
  "/invitation/[token]": "anyone",
  "/password/forgot": "anyone",
  "/password/reset/[token]": "anyone",
  "/api/auth/[...nextauth]": "anyone",
  "/api/health": "anyone",
  "/dashboard": "signed-in",
  "/account/password": "signed-in",
  "/meetings": "signed-in",
  "/meetings/[meetingId]": "signed-in",
  // The report reads for whoever sees the meeting; its form only for the delegation and coordinators.
  "/meetings/[meetingId]/report": "signed-in",
  "/meetings/new": "coordinators",
  "/meetings/[meetingId]/edit": "coordinators",
  "/meetings/[meetingId]/delete": "coordinators",
  "/demands": "signed-in",
  "/demands/[demandId]": "signed-in",
  "/actions": "signed-in",
  "/letters": "signed-in",
  "/letters/[letterId]": "signed-in",
  "/letters/new": "coordinators",
  "/letters/[letterId]/edit": "coordinators",
  "/statements": "signed-in",
  "/statements/[statementId]": "signed-in",
  "/statements/new": "coordinators",
  "/statements/[statementId]/edit": "coordinators",
  "/documents/new": "coordinators",
  // Each document is checked on the request (its level and its parent's): the route itself is open.
  "/documents/[documentId]": "anyone",
  "/campaigns": "signed-in",
  "/campaigns/[campaignId]": "signed-in",
  "/organisations": "signed-in",
  "/organisations/[organisationId]": "signed-in",
  "/institutions": "signed-in",
  "/institutions/[institutionId]": "signed-in",
  "/people": "signed-in",
  "/people/[personId]": "signed-in",
  "/api/export/[list]": "signed-in",
  "/api/calendar/[token]": "by-token",
  "/api/internal/public-content": "by-token",
  "/search": "signed-in",
  "/calendar": "signed-in",
  "/charts": "signed-in",
  "/publishing": "coordinators",
  "/help": "anyone",
  "/actions/[actionId]": "signed-in",
  "/demands/board": "signed-in",
  "/audit": "coordinators",
  "/campaigns/new": "coordinators",
  "/campaigns/[campaignId]/edit": "coordinators",
  "/demands/[demandId]/status/new": "coordinators",
  "/demands/[demandId]/commitments/new": "coordinators",
  "/demands/[demandId]/status/[changeId]/edit": "coordinators",
  "/demands/[demandId]/commitments/[commitmentId]/edit": "coordinators",
  "/demands/new": "coordinators",
  "/demands/[demandId]/edit": "coordinators",
  "/demands/themes": "coordinators",
  "/demands/themes/[themeId]/edit": "coordinators",
  "/institutions/new": "coordinators",
  "/institutions/[institutionId]/edit": "coordinators",
  "/organisations/new": "coordinators",
  "/organisations/[organisationId]/edit": "coordinators",
  "/organisations/[organisationId]/membership": "coordinators",
  "/people/new": "coordinators",
  "/people/[personId]/edit": "coordinators",
  "/people/[personId]/positions/new": "coordinators",
  "/people/[personId]/positions/[positionId]/edit": "coordinators",
  "/people/[personId]/positions/[positionId]/next": "coordinators",
  "/accounts": "coordinators",
  "/accounts/invite": "coordinators",
  "/accounts/[userId]": "coordinators",
};

/** Server actions, as "<file>#<exported name>" from the build's server-reference-manifest. */
export const ACTION_ACCESS: Record<string, Access> = {
  "lib/i18n/actions.ts#setLocale": "anyone",
  "lib/accounts/actions.ts#acceptInvitationAction": "anyone",
  "lib/accounts/actions.ts#forgotPasswordAction": "anyone",
  "lib/accounts/actions.ts#resetPasswordAction": "anyone",
  "lib/accounts/actions.ts#changeOwnPasswordAction": "signed-in",
  "lib/calendar/actions.ts#changeCalendarFeed": "signed-in",
  "lib/publishing/actions.ts#publicationAction": "coordinators",
  "lib/actions/actions.ts#changeActionStatusAction": "contributors",
  // Any member who reads an action may comment on it; only its association's members change it.
  "lib/actions/actions.ts#addActionCommentAction": "members",
  "lib/demands/history-actions.ts#recordDemandStatusAction": "coordinators",
  "lib/demands/history-actions.ts#recordCommitmentAction": "coordinators",
  "lib/demands/history-actions.ts#updateDemandStatusAction": "coordinators",
  "lib/demands/history-actions.ts#updateCommitmentAction": "coordinators",
  "lib/demands/actions.ts#createDemandAction": "coordinators",
  "lib/demands/actions.ts#updateDemandAction": "coordinators",
  "lib/themes/actions.ts#createThemeAction": "coordinators",
  "lib/themes/actions.ts#updateThemeAction": "coordinators",
  "lib/campaigns/actions.ts#createCampaignAction": "coordinators",
  "lib/campaigns/actions.ts#updateCampaignAction": "coordinators",
  "lib/institutions/actions.ts#createInstitutionAction": "coordinators",
  "lib/institutions/actions.ts#updateInstitutionAction": "coordinators",
  "lib/organisations/actions.ts#createOrganisationAction": "coordinators",
  "lib/organisations/actions.ts#updateOrganisationAction": "coordinators",
  "lib/organisations/actions.ts#recordMembershipEventAction": "coordinators",
  "lib/organisations/actions.ts#deleteMembershipEventAction": "coordinators",
  "lib/people/actions.ts#createPersonAction": "coordinators",
  "lib/people/actions.ts#updatePersonAction": "coordinators",
  "lib/people/actions.ts#createPositionAction": "coordinators",
  "lib/people/actions.ts#updatePositionAction": "coordinators",
  "lib/people/actions.ts#endPositionAndStartNextAction": "coordinators",
  "lib/accounts/actions.ts#inviteAction": "coordinators",
  "lib/accounts/actions.ts#revokeInvitationAction": "coordinators",
  "lib/accounts/actions.ts#updateAccountAction": "coordinators",
  "lib/accounts/actions.ts#setAccountActiveAction": "coordinators",
  "lib/letters/actions.ts#createLetterAction": "coordinators",
  "lib/letters/actions.ts#updateLetterAction": "coordinators",
  "lib/letters/actions.ts#deleteLetterAction": "coordinators",
  "lib/statements/actions.ts#createStatementAction": "coordinators",
  "lib/statements/actions.ts#updateStatementAction": "coordinators",
  "lib/statements/actions.ts#deleteStatementAction": "coordinators",
  "lib/documents/actions.ts#uploadDocumentAction": "coordinators",
  "lib/documents/actions.ts#deleteDocumentAction": "coordinators",
  "lib/meetings/actions.ts#createMeetingAction": "coordinators",
  "lib/meetings/actions.ts#updateMeetingAction": "coordinators",
  "lib/meetings/actions.ts#cancelMeetingAction": "coordinators",
  "lib/meetings/actions.ts#deleteMeetingAction": "coordinators",
  // A member whose organisation was in the meeting's delegation drafts its report.
  "lib/meetings/actions.ts#saveMeetingReportAction": "contributors",
};
