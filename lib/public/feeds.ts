// The public feeds, built from the public read model only: an Atom feed of the timeline per
// language, and an iCalendar feed of public meetings.
import { Feed } from "feed";
import ical from "ical-generator";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { escapeHtml, renderMarkdown } from "@/lib/markdown";
import { pick } from "./bilingual";
import { entryHref, feedHref, localePath, MEETINGS_CALENDAR_HREF, timelineHref } from "./paths";
import type { Bilingual, PublicMeeting, TimelineEntry } from "./queries";

/** A text in the feed's language, or in the other one followed by a note saying so. */
function inLanguage(text: Bilingual, locale: Locale): string {
  const picked = pick(text, locale);
  if (!picked) return "";
  return picked.fallback ? `${picked.value} ${messages[locale].publicSite.onlyInOther}` : picked.value;
}

/** A Markdown text as sanitised HTML (lib/markdown.ts), after the same note when it is in the other language. */
function markdownInLanguage(text: Bilingual, locale: Locale): string | undefined {
  const picked = pick(text, locale);
  if (!picked) return undefined;
  const note = picked.fallback ? `<p><em>${escapeHtml(messages[locale].publicSite.onlyInOther)}</em></p>` : "";
  return note + renderMarkdown(picked.value);
}

// The feed library writes every title, summary and content as type="html": our plain texts go
// out escaped, so that "& <b>" reads as those characters and never as markup; a statement's
// Markdown goes out as the content, rendered and sanitised as on its page.
export function buildTimelineAtom({ entries, locale, baseUrl }: { entries: TimelineEntry[]; locale: Locale; baseUrl: string }): string {
  const p = messages[locale].publicSite;
  const absolute = (path: string) => new URL(path, baseUrl).toString();
  const feed = new Feed({
    title: p.feedTitle,
    description: p.timeline.description,
    id: absolute(timelineHref(locale)),
    link: absolute(timelineHref(locale)),
    language: locale,
    // The feed changes when its newest entry does; a fixed date keeps the output reproducible.
    updated: entries[0] ? new Date(entries[0].date) : new Date(Date.UTC(2000, 0, 1)),
    feedLinks: { atom: absolute(feedHref(locale)) },
    // RFC 4287 wants an author on the feed or on every entry: everything here is the Collective's.
    author: { name: p.siteName, link: absolute(localePath(locale, "/")) },
    copyright: p.siteName,
    generator: "Plaidoyer",
  });
  for (const entry of entries) {
    const url = absolute(entryHref(locale, entry.kind, entry.id));
    const kind = entry.kind === "milestone" && entry.status ? p.statuses[entry.status] : p.kinds[entry.kind];
    feed.addItem({
      title: escapeHtml(`${kind} · ${inLanguage(entry.title, locale)}`),
      id: url,
      link: url,
      description: escapeHtml(inLanguage(entry.summary, locale)) || undefined,
      content: entry.text ? markdownInLanguage(entry.text, locale) : undefined,
      date: new Date(entry.date),
    });
  }
  return feed.atom1();
}

export function buildMeetingsCalendar({ meetings, baseUrl }: { meetings: PublicMeeting[]; baseUrl: string }): string {
  const host = new URL(baseUrl).host;
  const calendar = ical({
    name: messages.fr.publicSite.calendarName,
    prodId: { company: "Plaidoyer", product: "public-meetings", language: "FR" },
    timezone: "Europe/Paris",
    url: new URL(MEETINGS_CALENDAR_HREF, baseUrl).toString(),
  });
  for (const meeting of meetings) {
    const start = new Date(meeting.startsAt);
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(start); // YYYY-MM-DD in Paris
    const summaryParts = [meeting.summary.fr, meeting.summary.en].filter((part): part is string => Boolean(part?.trim()));
    calendar.createEvent({
      id: `meeting-${meeting.id}@${host}`,
      // A meeting known only to the day is an all-day event on that Paris date.
      ...(meeting.allDay
        ? { start: new Date(`${day}T12:00:00Z`), allDay: true }
        : { start, end: meeting.endsAt ? new Date(meeting.endsAt) : new Date(start.getTime() + 2 * 3600_000), timezone: "Europe/Paris" }),
      stamp: new Date(meeting.updatedAt),
      lastModified: new Date(meeting.updatedAt),
      summary: meeting.title.fr ?? meeting.title.en ?? "",
      description: summaryParts.join("\n\n") || undefined,
      url: new URL(entryHref("fr", "meeting", meeting.id), baseUrl).toString(),
    });
  }
  return calendar.toString();
}
