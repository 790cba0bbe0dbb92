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
