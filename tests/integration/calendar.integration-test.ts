import { randomBytes } from "node:crypto";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/authz";
import { writeCalendar } from "@/lib/calendar/ics";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/mutations";
import { findCalendarFeed, hasCalendarFeed } from "@/lib/calendar/queries";
import { hashCalendarToken, newCalendarToken, readCalendarToken } from "@/lib/calendar/token";
import { db } from "@/lib/db";

const run = randomBytes(4).toString("hex");
const soon = (days: number, hourUtc = 14) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
};
const day = (days: number) => {
  const date = soon(days);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
};

let member: NonNullable<Actor>;
let other: NonNullable<Actor>;
const ids: Record<string, string> = {};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((event) => ({
    uid: String(event.getFirstPropertyValue("uid")),
    summary: String(event.getFirstPropertyValue("summary")),
    status: event.getFirstPropertyValue("status") as string | null,
    start: event.getFirstPropertyValue("dtstart") as ICAL.Time,
    url: String(event.getFirstPropertyValue("url")),
    description: String(event.getFirstPropertyValue("description")),
  }));
}

beforeAll(async () => {
  const organisation = await db.organisation.create({ data: { name: `Asso calendrier ${run}`, slug: `asso-cal-${run}` } });
  const otherOrganisation = await db.organisation.create({ data: { name: `Autre asso ${run}`, slug: `autre-cal-${run}` } });
  ids.organisation = organisation.id;
  ids.otherOrganisation = otherOrganisation.id;
  const user = await db.user.create({
    data: { email: `cal-${run}@example.org`, name: "Claire Membre", role: "MEMBER", organisationId: organisation.id },
    select: { id: true, role: true, organisationId: true, name: true, email: true },
  });
  const otherUser = await db.user.create({
    data: { email: `cal-other-${run}@example.org`, name: "Autre", role: "MEMBER", organisationId: otherOrganisation.id, locale: "en" },
    select: { id: true, role: true, organisationId: true, name: true, email: true },
  });
  member = user;
  other = otherUser;
  const meeting = (titleFr: string, visibility: "PUBLIC" | "MEMBERS" | "COORDINATION", status: "PLANNED" | "CANCELLED" = "PLANNED") =>
    db.meeting.create({ data: { titleFr: `${titleFr} ${run}`, kind: "GOVERNMENT", visibility, status, startsAt: soon(10), place: "Place Beauvau" } });
  ids.public = (await meeting("Rencontre publique", "PUBLIC")).id;
  ids.members = (await meeting("Plénière des membres", "MEMBERS")).id;
  ids.coordination = (await meeting("Stratégie de la coordination", "COORDINATION")).id;
  ids.cancelled = (await meeting("Rencontre annulée", "MEMBERS", "CANCELLED")).id;
  const action = (title: string, data: object) => db.action.create({ data: { title: `${title} ${run}`, dueOn: day(5), ...data } });
  ids.mine = (await action("Envoyer le rapport", { assigneeUserId: member.id })).id;
  ids.ours = (await action("Contact public", { assigneeOrganisationId: organisation.id })).id;
  ids.theirs = (await action("Pour une autre", { assigneeOrganisationId: otherOrganisation.id })).id;
  ids.secret = (await action("Action réservée", { assigneeUserId: member.id, visibility: "COORDINATION" })).id;
  ids.cancelledAction = (await action("Action annulée", { assigneeUserId: member.id, status: "CANCELLED" })).id;
});

afterAll(async () => {
  await db.action.deleteMany({ where: { title: { endsWith: run } } });
  await db.meeting.deleteMany({ where: { titleFr: { endsWith: run } } });
  await db.user.deleteMany({ where: { id: { in: [member.id, other.id] } } });
  await db.organisation.deleteMany({ where: { id: { in: [ids.organisation, ids.otherOrganisation] } } });
});

describe("the personal calendar feed", () => {
  test("a member's feed has members' and public meetings, her actions' due dates, and parses with ical.js", async () => {
    const { token } = await createCalendarFeed({ actor: member });
    expect(await hasCalendarFeed(member)).toBe(true);
    const stored = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { calendarToken: true } });
    expect(stored.calendarToken).toBe(hashCalendarToken(token)); // only the hash is kept
    expect(stored.calendarToken).not.toContain(token);

    const feed = await findCalendarFeed(token);
    expect(feed).not.toBeNull();
    const events = parse(writeCalendar(feed!, "https://plaidoyer.example.org"));
    const uids = events.map((event) => event.uid);

    expect(uids).toEqual(expect.arrayContaining([`meeting-${ids.public}@plaidoyer`, `meeting-${ids.members}@plaidoyer`]));
    expect(uids).not.toContain(`meeting-${ids.coordination}@plaidoyer`);
    expect(uids).toEqual(expect.arrayContaining([`action-${ids.mine}@plaidoyer`, `action-${ids.ours}@plaidoyer`]));
    expect(uids).not.toContain(`action-${ids.theirs}@plaidoyer`);
    expect(uids).not.toContain(`action-${ids.secret}@plaidoyer`);
    expect(uids).not.toContain(`action-${ids.cancelledAction}@plaidoyer`);

    const publicMeeting = events.find((event) => event.uid === `meeting-${ids.public}@plaidoyer`)!;
    expect(publicMeeting.start.isDate).toBe(false);
    expect(publicMeeting.start.toJSDate().toISOString()).toBe(soon(10).toISOString());
    expect(publicMeeting.summary).toBe(`Rencontre publique ${run}`);

    const cancelled = events.find((event) => event.uid === `meeting-${ids.cancelled}@plaidoyer`)!;
    expect(cancelled.status).toBe("CANCELLED");

    const mine = events.find((event) => event.uid === `action-${ids.mine}@plaidoyer`)!;
    expect(mine.start.isDate).toBe(true); // an all-day event on the due date
    const due = day(5);
    expect([mine.start.year, mine.start.month, mine.start.day]).toEqual([due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate()]);
    expect(mine.summary).toBe(`À suivre : Envoyer le rapport ${run}`);
    // The event opens the action's own page, where she marks it done.
    expect(mine.url).toBe(`https://plaidoyer.example.org/actions/${ids.mine}`);
    expect(mine.description).toContain(`https://plaidoyer.example.org/actions/${ids.mine}`);
    expect(publicMeeting.url).toBe(`https://plaidoyer.example.org/meetings/${ids.public}`);
  });

  test("UIDs are stable from one fetch to the next", async () => {
    const { token } = await createCalendarFeed({ actor: other });
    const first = parse(writeCalendar((await findCalendarFeed(token))!, "https://x.example.org")).map((event) => event.uid);
    const second = parse(writeCalendar((await findCalendarFeed(token))!, "https://x.example.org")).map((event) => event.uid);
    expect(second).toEqual(first);
    expect(first).toContain(`action-${ids.theirs}@plaidoyer`);
  });

  test("a new link ends the old one; a revoked or forged link gives nothing", async () => {
    const { token: old } = await createCalendarFeed({ actor: member });
    const { token: current } = await createCalendarFeed({ actor: member });
    expect(await findCalendarFeed(old)).toBeNull();
    expect(await findCalendarFeed(current)).not.toBeNull();
    await revokeCalendarFeed({ actor: member });
    expect(await findCalendarFeed(current)).toBeNull();
    expect(await hasCalendarFeed(member)).toBe(false);
    expect(await findCalendarFeed(newCalendarToken())).toBeNull();
    // The stored hash itself is not a key.
    const { token } = await createCalendarFeed({ actor: member });
    expect(await findCalendarFeed(hashCalendarToken(token))).toBeNull();
  });

  test("a deactivated user's link gives nothing", async () => {
    const { token } = await createCalendarFeed({ actor: member });
    await db.user.update({ where: { id: member.id }, data: { deactivatedAt: new Date() } });
    try {
      expect(await findCalendarFeed(token)).toBeNull();
    } finally {
      await db.user.update({ where: { id: member.id }, data: { deactivatedAt: null } });
    }
  });

  test("only well-formed tokens reach the database", () => {
    const token = newCalendarToken();
    expect(readCalendarToken(token)).toBe(token);
    expect(readCalendarToken(`${token}.ics`)).toBe(token);
    for (const bad of ["", "abc", `${token}x`, "../../etc/passwd", `${token.slice(0, -1)}'`]) expect(readCalendarToken(bad)).toBeNull();
  });
});
