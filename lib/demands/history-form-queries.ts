// What the status-change and commitment forms offer to pick from: the sources and officials
// related to the demand (the meetings and letters that carry it, those with the institutions it
// targets, the one preselected from a meeting or letter page), bounded so the form stays small
// however long the coalition's history grows.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { institutionName } from "@/lib/institutions/name";
import { personName } from "@/lib/people/name";

const RECENT = 40;

type Option = { value: string; label: string };

function unique(options: Option[]): Option[] {
  const seen = new Set<string>();
  return options.filter((option) => !seen.has(option.value) && seen.add(option.value));
}

export async function getDemandFormContext(
  actor: Actor,
  demandId: string,
  preselected: { meetingId?: string; letterId?: string },
  locale: Locale,
) {
  if (!actor || !can(actor, "manage:demands")) return null;
  const demand = await db.demand.findUnique({
    where: { id: demandId },
    select: { id: true, titleFr: true, titleEn: true, version: true, visibility: true, campaignId: true, status: true, targets: { select: { institutionId: true } } },
  });
  if (!demand) return null;
  const institutionIds = demand.targets.map((target) => target.institutionId);
  const byDemandOrTarget = (meetingOrLetterIds: string | undefined) => (meetingOrLetterIds ? [{ id: meetingOrLetterIds }] : []);
  const meetingSelect = { id: true, titleFr: true, titleEn: true, startsAt: true } as const;
  const letterSelect = { id: true, subjectFr: true, subjectEn: true, date: true } as const;
  const [meetings, letters, statements, positions] = await Promise.all([
    db.meeting.findMany({
      where: {
        OR: [
          { demands: { some: { demandId } } },
          { institutions: { some: { institutionId: { in: institutionIds } } } },
          ...byDemandOrTarget(preselected.meetingId),
        ],
      },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: RECENT,
      select: meetingSelect,
    }),
    db.letter.findMany({
      where: {
        OR: [
          { demands: { some: { demandId } } },
          { recipients: { some: { institutionId: { in: institutionIds } } } },
          { senderInstitutionId: { in: institutionIds } },
          ...byDemandOrTarget(preselected.letterId),
        ],
      },
      orderBy: [{ date: "desc" }, { id: "asc" }],
      take: RECENT,
      select: letterSelect,
    }),
    db.statement.findMany({
      where: demand.campaignId ? { campaignId: demand.campaignId } : {},
      orderBy: [{ date: "desc" }, { id: "asc" }],
      take: RECENT,
      select: { id: true, titleFr: true, titleEn: true, date: true },
    }),
    db.position.findMany({
      where: {
        OR: [
          { institutionId: { in: institutionIds } },
          ...(preselected.meetingId ? [{ meetings: { some: { meetingId: preselected.meetingId } } }] : []),
        ],
      },
      orderBy: [{ person: { lastName: "asc" } }, { startDate: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        title: true,
        startDate: true,
        endDate: true,
        person: { select: { firstName: true, lastName: true } },
        institution: { select: { name: true, nameEn: true } },
      },
    }),
  ]);
  // The preselected source is always offered, even beyond the most recent ones.
  const [extraMeeting, extraLetter] = await Promise.all([
    preselected.meetingId && !meetings.some((m) => m.id === preselected.meetingId)
      ? db.meeting.findUnique({ where: { id: preselected.meetingId }, select: meetingSelect })
      : null,
    preselected.letterId && !letters.some((l) => l.id === preselected.letterId)
      ? db.letter.findUnique({ where: { id: preselected.letterId }, select: letterSelect })
      : null,
  ]);
  const title = (fr: string, en: string | null) => (locale === "en" && en) || fr;
  const span = (start: Date | null, end: Date | null) => `${start ? formatDate(start, locale) : "…"} – ${end ? formatDate(end, locale) : "…"}`;
  return {
    demand,
    meetings: unique([...(extraMeeting ? [extraMeeting] : []), ...meetings].map((m) => ({ value: m.id, label: `${formatDate(m.startsAt, locale)} · ${title(m.titleFr, m.titleEn)}` }))),
    letters: unique([...(extraLetter ? [extraLetter] : []), ...letters].map((l) => ({ value: l.id, label: `${formatDate(l.date, locale)} · ${title(l.subjectFr, l.subjectEn)}` }))),
    statements: statements.map((s) => ({ value: s.id, label: `${formatDate(s.date, locale)} · ${title(s.titleFr, s.titleEn)}` })),
    positions: positions.map((p) => ({
      value: p.id,
      label: `${personName(p.person)} — ${p.title}, ${institutionName(locale, p.institution)} (${span(p.startDate, p.endDate)})`,
    })),
    preselected: {
      meetingId: preselected.meetingId && (extraMeeting || meetings.some((m) => m.id === preselected.meetingId)) ? preselected.meetingId : undefined,
      letterId: preselected.letterId && (extraLetter || letters.some((l) => l.id === preselected.letterId)) ? preselected.letterId : undefined,
    },
  };
}
