// The text of a person's daily digest: pure, so it is easy to read and to test.
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Mail } from "@/lib/mail/send";

export const DIGEST_MAX_ACTIONS = 30;

export type DigestAction = { id: string; title: string; dueOn: Date; assigneeUserId: string | null; organisationName: string | null };

export function digestMail(input: {
  to: string;
  name: string;
  userId: string;
  locale: Locale;
  day: Date;
  actions: DigestAction[];
  appUrl: string;
}): Mail {
  const t = messages[input.locale].reminders;
  const base = input.appUrl.replace(/\/$/, "");
  const shown = input.actions.slice(0, DIGEST_MAX_ACTIONS);
  const lines = shown.map((action) => {
    const late = action.dueOn < input.day ? `[${t.overdue}] ` : "";
    const whom = action.assigneeUserId === input.userId ? t.forYou : interpolate(t.forOrganisation, { organisation: action.organisationName ?? "" });
    return `- ${late}${action.title}\n  ${interpolate(t.due, { date: formatDate(action.dueOn, input.locale) })} · ${whom}\n  ${base}/actions/${action.id}`;
  });
  const rest = input.actions.length - shown.length;
  if (rest > 0) lines.push(interpolate(t.more, { count: rest, link: `${base}/actions` }));
  const count = input.actions.length;
  return {
    to: input.to,
    locale: input.locale,
    subject: count === 1 ? t.subjectOne : interpolate(t.subjectMany, { count }),
    text: [interpolate(t.greeting, { name: input.name }), "", t.intro, "", ...lines, "", t.outro, "", t.signature].join("\n"),
  };
}
