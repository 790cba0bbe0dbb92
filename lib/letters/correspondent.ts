import type { Locale } from "@/lib/i18n/locales";
import { institutionName } from "@/lib/institutions/name";
import { personName } from "@/lib/people/name";
import type { LetterRow } from "./queries";

/** Who a letter came from. */
export function senderLabel(letter: Pick<LetterRow, "senderName" | "senderOrganisation" | "senderInstitution">, locale: Locale): string {
  return [letter.senderName, letter.senderOrganisation?.name, letter.senderInstitution && institutionName(locale, letter.senderInstitution)]
    .filter(Boolean)
    .join(", ");
}

/** Who a letter went to, one label per recipient. */
export function recipientLabels(letter: Pick<LetterRow, "recipients">, locale: Locale): string[] {
  return letter.recipients.map((recipient) => {
    const who = recipient.position
      ? `${personName(recipient.position.person)} (${(locale === "en" && recipient.position.titleEn) || recipient.position.title})`
      : null;
    return [who, recipient.institution && institutionName(locale, recipient.institution), recipient.organisation?.name].filter(Boolean).join(", ");
  });
}

/** The other party: recipients of a sent letter, the sender of a received one. */
export function correspondentLabel(letter: LetterRow, locale: Locale): string {
  return letter.direction === "SENT" ? recipientLabels(letter, locale).join(" ; ") : senderLabel(letter, locale);
}
