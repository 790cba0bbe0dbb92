// Reads for the organisation and membership forms: coordinators only, checked here as well as on the page.
import "server-only";
import type { Option } from "@/components/ui/form-fields";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { formatMeetingTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { sortMembershipEvents } from "./membership-status";

export async function getOrganisationForEdit(actor: Actor, organisationId: string) {
  if (!can(actor, "manage:organisations")) return null;
  return db.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, version: true, name: true, acronym: true, slug: true, website: true, publicContact: true, descriptionFr: true, descriptionEn: true },
  });
}

/** The organisation's membership history, oldest first, with the status that follows from it. */
export async function getMembershipHistory(actor: Actor, organisationId: string) {
  if (!can(actor, "manage:organisations")) return null;
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      status: true,
      membershipEvents: {
        select: { id: true, kind: true, date: true, voteResult: true, note: true, meeting: { select: { id: true, titleFr: true, titleEn: true } } },
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  if (!organisation) return null;
  return { ...organisation, membershipEvents: sortMembershipEvents(organisation.membershipEvents) };
}

/** The Collective's plenary meetings, newest first, where membership is decided. */
export async function listPlenaryChoices(actor: Actor, locale: Locale): Promise<Option[]> {
  if (!can(actor, "manage:organisations")) return [];
  const rows = await db.meeting.findMany({
    where: { kind: "PLENARY" },
    select: { id: true, titleFr: true, titleEn: true, startsAt: true },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 300,
  });
  return rows.map((row) => ({ value: row.id, label: `${formatMeetingTime(row.startsAt, true, locale)} · ${(locale === "en" && row.titleEn) || row.titleFr}` }));
}
