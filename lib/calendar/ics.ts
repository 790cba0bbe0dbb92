// Writes a feed as iCalendar with ical-generator. Times are written in UTC ("…Z"), which every
// calendar app shows in its own zone (Europe/Paris for the collective); due dates are all-day dates.
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { interpolate } from "@/lib/i18n/interpolate";
import { messages } from "@/lib/i18n/messages";
import type { CalendarFeed } from "./queries";

const HOUR = 3_600_000;
const DAY = 86_400_000;

export function meetingUid(id: string) {
  return `meeting-${id}@plaidoyer`;
}
export function actionUid(id: string) {
  return `action-${id}@plaidoyer`;
}

export function writeCalendar(feed: CalendarFeed, appUrl: string): string {
  const t = messages[feed.owner.locale];
  const f = t.calendar.feed;
  const base = appUrl.replace(/\/$/, "");
  const calendar = ical({
    name: interpolate(f.name, { name: feed.owner.name }),
    description: interpolate(f.description, { collective: t.common.collective }),
    prodId: { company: "Plaidoyer", product: "Plaidoyer", language: feed.owner.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3_600,
  });

  for (const meeting of feed.meetings) {
    const title = (feed.owner.locale === "en" && meeting.titleEn) || meeting.titleFr;
    const url = `${base}/meetings/${meeting.id}`;
    const cancelled = meeting.status === "CANCELLED";
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.version,
      start: meeting.startsAt,
      // A meeting without an end time is shown as one hour long.
      end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + HOUR),
      summary: cancelled ? interpolate(f.cancelled, { title }) : title,
      description: `${f.kinds[meeting.kind]}\n${interpolate(f.open, { url })}`,
      location: meeting.place ?? undefined,
      url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: meeting.updatedAt,
      lastModified: meeting.updatedAt,
    });
  }

  for (const action of feed.actions) {
    const template = action.status === "DONE" ? f.actionDone : f.actionDue;
    // Each action's own page, where its assignees change its status and comment on it.
    const url = `${base}/actions/${action.id}`;
    calendar.createEvent({
      id: actionUid(action.id),
      sequence: action.version,
      allDay: true,
      start: action.dueOn,
      end: new Date(action.dueOn.getTime() + DAY),
      summary: interpolate(template, { title: action.title }),
      description: interpolate(f.open, { url }),
      url,
      transparency: ICalEventTransparency.TRANSPARENT,
      stamp: action.updatedAt,
      lastModified: action.updatedAt,
    });
  }

  return calendar.toString();
}
