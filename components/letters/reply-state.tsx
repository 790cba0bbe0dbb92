import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { LetterRow } from "@/lib/letters/queries";

/** Whether a letter got its reply; an unanswered letter past its date stands out. */
export function ReplyState({ letter, t, locale }: { letter: Pick<LetterRow, "replyExpectedBy" | "replyCount" | "awaitingReply" | "overdue">; t: Messages; locale: Locale }) {
  if (letter.overdue) return <Badge tone="danger">{interpolate(t.letters.overdueSince, { date: formatDate(letter.replyExpectedBy, locale) })}</Badge>;
  if (letter.awaitingReply) return <Badge tone="warning">{interpolate(t.letters.awaitingBy, { date: formatDate(letter.replyExpectedBy, locale) })}</Badge>;
  if (letter.replyCount > 0) return <Badge tone="success">{t.letters.answered}</Badge>;
  return null;
}
