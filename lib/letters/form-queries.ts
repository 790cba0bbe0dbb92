// What the letter forms read: the letter as it is saved, and the choices its fields offer. Only
// coordinators record letters, so each read answers null to anyone else.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { listCampaignOptions } from "@/lib/campaigns/options";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { formatShortDate } from "@/lib/i18n/format";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { listOrganisationOptions } from "@/lib/organisations/options";
import { personName } from "@/lib/people/name";

export async function getLetterForEdit(actor: Actor, letterId: string) {
  if (!can(actor, "manage:letters")) return null;
  return db.letter.findUnique({
    where: { id: letterId },
    select: {
      id: true,
      version: true,
      direction: true,
      date: true,
      datePrecision: true,
      subjectFr: true,
      subjectEn: true,
      summaryFr: true,
      summaryEn: true,
      senderName: true,
      senderOrganisationId: true,
      senderInstitutionId: true,
      inReplyToId: true,
      replyExpectedBy: true,
      campaignId: true,
      visibility: true,
      confidentialNotes: true,
      recipients: { select: { institutionId: true, positionId: true, organisationId: true }, orderBy: { id: "asc" } },
      demands: { select: { demandId: true } },
    },
  });
}

export type LetterForEdit = NonNullable<Awaited<ReturnType<typeof getLetterForEdit>>>;

/** A position as the recipient rows offer it, with its dates so the browser can keep those held on the letter's date. */
export type PositionChoice = { value: string; label: string; institutionId: string; startDate: string | null; endDate: string | null };

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function findLetterFormChoices(actor: Actor, locale: Locale) {
  if (!can(actor, "manage:letters")) return null;
  const [institutions, organisations, campaigns, positions, letters, demands] = await Promise.all([
    listInstitutionOptions(actor, locale),
    listOrganisationOptions(actor),
    listCampaignOptions(actor, locale),
    db.position.findMany({
      select: {
        id: true,
        title: true,
        titleEn: true,
        institutionId: true,
        startDate: true,
        endDate: true,
        person: { select: { firstName: true, lastName: true } },
        institution: { select: { name: true, nameEn: true, acronym: true } },
      },
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }, { startDate: "asc" }, { id: "asc" }],
      take: 2000,
    }),
    db.letter.findMany({ select: { id: true, date: true, direction: true, subjectFr: true }, orderBy: [{ date: "desc" }, { id: "desc" }], take: 1000 }),
    db.demand.findMany({ select: { id: true, titleFr: true, titleEn: true }, orderBy: [{ titleFr: "asc" }, { id: "asc" }], take: 1000 }),
  ]);
  return {
    institutions,
    organisations,
    campaigns,
    positions: positions.map(
      (position): PositionChoice => ({
        value: position.id,
        label: `${personName(position.person)} — ${(locale === "en" && position.titleEn) || position.title}`,
        institutionId: position.institutionId,
        startDate: isoDay(position.startDate),
        endDate: isoDay(position.endDate),
      }),
    ),
    letters: letters.map((letter) => ({ value: letter.id, label: `${formatShortDate(letter.date, locale)} · ${letter.subjectFr}`, direction: letter.direction })),
    demands: demands.map((demand) => ({ value: demand.id, label: (locale === "en" && demand.titleEn) || demand.titleFr })),
  };
}

export type LetterFormChoices = NonNullable<Awaited<ReturnType<typeof findLetterFormChoices>>>;
