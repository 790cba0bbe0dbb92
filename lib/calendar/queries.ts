import "server-only";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { ActionStatus, MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { hashCalendarToken } from "./token";

/** How far back a feed goes, and how much it may hold: a calendar app polls it often. */
const PAST_DAYS = 400;
const MAX_MEETINGS = 1_000;
const MAX_ACTIONS = 500;

export type CalendarMeeting = {
  id: string;
  titleFr: string;
  titleEn: string | null;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  version: number;
  updatedAt: Date;
};

export type CalendarAction = {
  id: string;
  title: string;
  dueOn: Date;
  status: ActionStatus;
  version: number;
  updatedAt: Date;
};

export type CalendarFeed = { owner: { id: string; name: string; locale: Locale }; meetings: CalendarMeeting[]; actions: CalendarAction[] };

/** Whether the actor has a feed link in use (its secret itself is not kept, so it cannot be shown again). */
export async function hasCalendarFeed(actor: Actor): Promise<boolean> {
  if (!actor) return false;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { calendarToken: true } });
  return Boolean(user?.calendarToken);
}

/**
 * The feed behind a link: the meetings its owner may see and the due dates of the actions assigned
 * to her or her organisation. Null — and nothing else — for an unknown, revoked or deactivated link.
 */
export async function findCalendarFeed(token: string, now = new Date()): Promise<CalendarFeed | null> {
  const user = await db.user.findUnique({
    where: { calendarToken: hashCalendarToken(token) },
    select: { id: true, name: true, email: true, role: true, organisationId: true, locale: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) return null;
  const actor: Actor = { id: user.id, name: user.name, email: user.email, role: user.role, organisationId: user.organisationId };
  if (!can(actor, "use:calendar-feed")) return null;

  const levels = visibleLevels(actor);
  const since = new Date(now.getTime() - PAST_DAYS * 86_400_000);
  const [meetings, actions] = await Promise.all([
    db.meeting.findMany({
      where: { visibility: { in: levels }, startsAt: { gte: since } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: MAX_MEETINGS,
      select: { id: true, titleFr: true, titleEn: true, startsAt: true, endsAt: true, place: true, kind: true, status: true, version: true, updatedAt: true },
    }),
    db.action.findMany({
      where: {
        visibility: { in: levels },
        dueOn: { gte: since },
        status: { not: "CANCELLED" },
        OR: [{ assigneeUserId: user.id }, ...(user.organisationId ? [{ assigneeOrganisationId: user.organisationId }] : [])],
      },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: MAX_ACTIONS,
      select: { id: true, title: true, dueOn: true, status: true, version: true, updatedAt: true },
    }),
  ]);
  return {
    owner: { id: user.id, name: user.name, locale: user.locale },
    meetings,
    actions: actions.map((action) => ({ ...action, dueOn: action.dueOn! })),
  };
}
