// What the meeting forms read: the choices a coordinator picks from, the meeting as it is saved
// (with the version the form carries), and the report as a member of the delegation may edit it.
// Plain data, ready for client components; nothing here is reachable by who may not use the form.
import "server-only";
import { EDITABLE_MEETING_COLUMNS } from "./editable-columns";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { instantToParisDateTime } from "@/lib/forms/fields";

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`.trim();
const withAcronym = (item: { name: string; acronym: string | null }) => (item.acronym ? `${item.name} (${item.acronym})` : item.name);

export type PositionChoice = { value: string; label: string; personId: string; startDate: string | null; endDate: string | null };
export type OrganisationChoice = { value: string; label: string; people: { value: string; label: string }[] };

/** Every list the meeting form offers; null for who may not manage meetings. */
export async function getMeetingFormChoices(actor: Actor) {
  if (!can(actor, "manage:meetings")) return null;
  const [institutions, positions, organisations, unattached, letters, meetings, campaigns, demands, users] = await Promise.all([
    db.institution.findMany({ select: { id: true, name: true, acronym: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    db.position.findMany({
      select: {
        id: true,
        title: true,
        startDate: true,
        endDate: true,
        person: { select: { id: true, firstName: true, lastName: true } },
        institution: { select: { name: true, acronym: true } },
      },
      orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }, { startDate: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    }),
    db.organisation.findMany({
      select: { id: true, name: true, acronym: true, people: { select: { id: true, firstName: true, lastName: true }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    // People of no organisation who hold no position: participants whose association is unknown.
    db.person.findMany({
      where: { organisationId: null, positions: { none: {} } },
      select: { id: true, firstName: true, lastName: true },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    }),
    db.letter.findMany({ select: { id: true, date: true, subjectFr: true }, orderBy: [{ date: "desc" }, { id: "asc" }] }),
    db.meeting.findMany({ select: { id: true, titleFr: true, startsAt: true, kind: true }, orderBy: [{ startsAt: "desc" }, { id: "asc" }] }),
    db.campaign.findMany({ select: { id: true, nameFr: true }, orderBy: [{ startsOn: "desc" }, { id: "asc" }] }),
    db.demand.findMany({ select: { id: true, titleFr: true }, orderBy: [{ titleFr: "asc" }, { id: "asc" }] }),
    db.user.findMany({
      where: { deactivatedAt: null },
      select: { id: true, name: true, organisation: { select: { name: true, acronym: true } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);
  const people = new Map<string, { firstName: string; lastName: string }>();
  for (const p of positions) people.set(p.person.id, p.person);
  return {
    institutions: institutions.map((i) => ({ value: i.id, label: withAcronym(i) })),
    positions: positions.map(
      (p): PositionChoice => ({
        value: p.id,
        label: `${fullName(p.person)} — ${p.title} (${p.institution.acronym ?? p.institution.name})`,
        personId: p.person.id,
        startDate: isoDay(p.startDate),
        endDate: isoDay(p.endDate),
      }),
    ),
    // Officials already known, to give one of them a new position on the spot.
    officials: [...people].map(([value, person]) => ({ value, label: fullName(person) })),
    organisations: organisations.map(
      (o): OrganisationChoice => ({ value: o.id, label: withAcronym(o), people: o.people.map((p) => ({ value: p.id, label: fullName(p) })) }),
    ),
    unattachedPeople: unattached.map((p) => ({ value: p.id, label: fullName(p) })),
    letters: letters.map((l) => ({ value: l.id, label: `${isoDay(l.date)} — ${l.subjectFr}` })),
    meetings: meetings.map((m) => ({ value: m.id, label: `${isoDay(m.startsAt)} — ${m.titleFr}`, kind: m.kind, day: instantToParisDateTime(m.startsAt).slice(0, 10) })),
    campaigns: campaigns.map((c) => ({ value: c.id, label: c.nameFr })),
    demands: demands.map((d) => ({ value: d.id, label: d.titleFr })),
    users: users.map((u) => ({ value: u.id, label: u.organisation ? `${u.name} (${u.organisation.acronym ?? u.organisation.name})` : u.name })),
  };
}

export type MeetingFormChoices = NonNullable<Awaited<ReturnType<typeof getMeetingFormChoices>>>;

/** The meeting as the edit form starts from: every field as the form's inputs hold it. */
export async function getMeetingForEdit(actor: Actor, meetingId: string) {
  if (!can(actor, "manage:meetings")) return null;
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      version: true,
      ...EDITABLE_MEETING_COLUMNS,
      institutions: { select: { institutionId: true } },
      officials: { select: { positionId: true }, orderBy: [{ position: { person: { lastName: "asc" } } }, { positionId: "asc" }] },
      delegation: { select: { organisationId: true } },
      delegates: { select: { personId: true } },
      demands: { select: { demandId: true, note: true }, orderBy: { demand: { titleFr: "asc" } } },
      actions: {
        select: { id: true, title: true, dueOn: true, status: true, assigneeOrganisation: { select: { name: true, acronym: true } }, assigneeUser: { select: { name: true } } },
        orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      },
    },
  });
  if (!meeting) return null;
  return {
    id: meeting.id,
    version: meeting.version,
    status: meeting.status,
    titleFr: meeting.titleFr,
    // The form's initial values, named as its inputs.
    values: {
      titleFr: meeting.titleFr,
      titleEn: meeting.titleEn,
      startsAt: instantToParisDateTime(meeting.startsAt),
      allDay: meeting.allDay,
      endsAt: meeting.endsAt ? instantToParisDateTime(meeting.endsAt) : null,
      place: meeting.place,
      kind: meeting.kind,
      status: meeting.status,
      visibility: meeting.visibility,
      institutions: meeting.institutions.map((i) => i.institutionId),
      officials: meeting.officials.map((o) => ({ positionId: o.positionId })),
      delegation: meeting.delegation.map((d) => d.organisationId),
      delegates: meeting.delegates.map((d) => d.personId),
      agenda: meeting.agenda,
      report: meeting.report,
      reportStatus: meeting.reportStatus,
      reportValidatedOn: isoDay(meeting.reportValidatedOn),
      reportValidatedAtId: meeting.reportValidatedAtId,
      summaryFr: meeting.summaryFr,
      summaryEn: meeting.summaryEn,
      confidentialNotes: meeting.confidentialNotes,
      followsLetterId: meeting.followsLetterId,
      followsMeetingId: meeting.followsMeetingId,
      campaignId: meeting.campaignId,
      demands: meeting.demands.map((d) => ({ demandId: d.demandId, note: d.note })),
    },
    actions: meeting.actions.map((a) => ({
      id: a.id,
      title: a.title,
      dueOn: isoDay(a.dueOn),
      status: a.status,
      assignee: [a.assigneeOrganisation ? a.assigneeOrganisation.acronym ?? a.assigneeOrganisation.name : null, a.assigneeUser?.name].filter(Boolean).join(", "),
    })),
  };
}

export type MeetingForEdit = NonNullable<Awaited<ReturnType<typeof getMeetingForEdit>>>;

/**
 * The report page: the meeting's report for whoever may see the meeting, and whether they may edit
 * it — a coordinator always, a member of an organisation of the delegation while it is a draft.
 */
export async function getMeetingReport(actor: Actor, meetingId: string) {
  if (!actor) return null;
  const coordinator = can(actor, "validate:report");
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, visibility: { in: visibleLevels(actor) } },
    select: {
      id: true,
      version: true,
      titleFr: true,
      titleEn: true,
      startsAt: true,
      allDay: true,
      report: true,
      reportStatus: true,
      reportValidatedOn: true,
      reportValidatedAtId: true,
      delegation: { where: { organisationId: actor.organisationId ?? "" }, select: { organisationId: true } },
    },
  });
  if (!meeting) return null;
  const { delegation, ...report } = meeting;
  const drafts = can(actor, "draft:report:own-delegation") && delegation.length > 0 && meeting.reportStatus !== "VALIDATED";
  return { ...report, coordinator, editable: coordinator || drafts };
}

/** Plenary meetings, at one of which a report is validated. */
export async function getPlenaryChoices(actor: Actor) {
  if (!can(actor, "validate:report")) return [];
  const plenaries = await db.meeting.findMany({
    where: { kind: "PLENARY", status: { not: "CANCELLED" } },
    select: { id: true, titleFr: true, startsAt: true },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
  });
  return plenaries.map((m) => ({ value: m.id, label: `${instantToParisDateTime(m.startsAt).slice(0, 10)} — ${m.titleFr}` }));
}

/** What would lose its history if the meeting were deleted: the delete page says it before asking. */
export async function getMeetingDependents(actor: Actor, meetingId: string) {
  if (!can(actor, "manage:meetings")) return null;
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      version: true,
      titleFr: true,
      startsAt: true,
      allDay: true,
      status: true,
      _count: {
        select: {
          demandStatusChanges: true,
          commitments: true,
          actions: true,
          documents: true,
          membershipEvents: true,
          followUpMeetings: true,
          reportsValidatedHere: true,
        },
      },
    },
  });
  if (!meeting) return null;
  const dependents = Object.entries(meeting._count).filter(([, n]) => n > 0) as [MeetingDependent, number][];
  return { id: meeting.id, version: meeting.version, titleFr: meeting.titleFr, startsAt: meeting.startsAt, allDay: meeting.allDay, status: meeting.status, dependents };
}

export type MeetingDependent =
  | "demandStatusChanges"
  | "commitments"
  | "actions"
  | "documents"
  | "membershipEvents"
  | "followUpMeetings"
  | "reportsValidatedHere";
