import { CalendarFeedPanel } from "@/components/calendar/calendar-feed-panel";
import { requireUser } from "@/lib/auth";
import { hasCalendarFeed } from "@/lib/calendar/queries";
import { getMessages } from "@/lib/i18n/server";

export default async function CalendarPage() {
  const user = await requireUser();
  const { t } = await getMessages();
  const c = t.calendar;
  const hasFeed = await hasCalendarFeed(user);
  const { feed: _feed, title: _title, intro: _intro, privateWarning: _warning, ...texts } = c;

  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{c.title}</h1>
      <p>{c.intro}</p>
      <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{c.privateWarning}</p>
      <CalendarFeedPanel hasFeed={hasFeed} t={texts} />
    </div>
  );
}
