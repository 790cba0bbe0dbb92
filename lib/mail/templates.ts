// The mails the app sends, in the recipient's language.
import type { Role } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Mail } from "./send";

export function invitationMail(input: {
  to: string;
  locale: Locale;
  name: string;
  inviterName: string;
  role: Role;
  organisationName: string | null;
  link: string;
  expiresAt: Date;
}): Mail {
  const t = messages[input.locale];
  const organisation = input.organisationName ? interpolate(t.accounts.mail.invitationOrganisation, { organisation: input.organisationName }) : "";
  return {
    to: input.to,
    locale: input.locale,
    subject: t.accounts.mail.invitationSubject,
    text: interpolate(t.accounts.mail.invitationBody, {
      name: input.name,
      inviter: input.inviterName,
      role: t.accounts.roleAs[input.role],
      organisation,
      link: input.link,
      expires: formatDateTime(input.expiresAt, input.locale),
    }),
  };
}

export function passwordResetMail(input: { to: string; locale: Locale; name: string; link: string; expiresAt: Date }): Mail {
  const t = messages[input.locale];
  return {
    to: input.to,
    locale: input.locale,
    subject: t.accounts.mail.resetSubject,
    text: interpolate(t.accounts.mail.resetBody, { name: input.name, link: input.link, expires: formatDateTime(input.expiresAt, input.locale) }),
  };
}
