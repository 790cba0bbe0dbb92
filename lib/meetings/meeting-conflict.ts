// When two people edit the same meeting, the second is shown what the first saved, field by field,
// in words: names of the officials, institutions and organisations, not their ids.
import "server-only";
import type { Tx } from "@/lib/db";
import { instantToParisDateTime } from "@/lib/forms/fields";

/** The labels a conflict is told with, in the user's language (given by the action). */
export type ConflictLabels = { fields: Record<string, string>; values: Record<string, string> };

/** A meeting's editable fields with ids, as saved or as submitted. */
export type ComparableMeeting = {
  titleFr: string;
  titleEn: string | null;
  startsAt: Date;
  allDay: boolean;
  endsAt: Date | null;
  place: string | null;
  kind: string;
  status: string;
  visibility: string;
  agenda: string | null;
  report: string | null;
  reportStatus: string | null;
  reportValidatedOn: Date | null;
  summaryFr: string | null;
  summaryEn: string | null;
  confidentialNotes: string | null;
  followsLetterId: string | null;
  followsMeetingId: string | null;
  campaignId: string | null;
  institutions: string[];
  officials: string[];
  delegation: string[];
  delegates: string[];
  demands: string[];
};

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** Both versions in words, for assertUpdated to compare and show. */
export async function describeForConflict(tx: Tx, saved: ComparableMeeting, submitted: ComparableMeeting, labels?: ConflictLabels) {
  const all = (pick: (m: ComparableMeeting) => (string | null)[]) => [...new Set([...pick(saved), ...pick(submitted)].filter((v): v is string => !!v))];
  // One after the other: a transaction holds one connection.
  const institutions = await tx.institution.findMany({ where: { id: { in: all((m) => m.institutions) } }, select: { id: true, name: true } });
  const positions = await tx.position.findMany({
    where: { id: { in: all((m) => m.officials) } },
    select: { id: true, title: true, person: { select: { firstName: true, lastName: true } } },
  });
  const organisations = await tx.organisation.findMany({ where: { id: { in: all((m) => m.delegation) } }, select: { id: true, name: true } });
  const people = await tx.person.findMany({ where: { id: { in: all((m) => m.delegates) } }, select: { id: true, firstName: true, lastName: true } });
  const demands = await tx.demand.findMany({ where: { id: { in: all((m) => m.demands) } }, select: { id: true, titleFr: true } });
  const letters = await tx.letter.findMany({ where: { id: { in: all((m) => [m.followsLetterId]) } }, select: { id: true, subjectFr: true } });
  const meetings = await tx.meeting.findMany({ where: { id: { in: all((m) => [m.followsMeetingId]) } }, select: { id: true, titleFr: true } });
  const campaigns = await tx.campaign.findMany({ where: { id: { in: all((m) => [m.campaignId]) } }, select: { id: true, nameFr: true } });
  const names = new Map<string, string>([
    ...institutions.map((i): [string, string] => [i.id, i.name]),
    ...positions.map((p): [string, string] => [p.id, `${fullName(p.person)} — ${p.title}`]),
    ...organisations.map((o): [string, string] => [o.id, o.name]),
    ...people.map((p): [string, string] => [p.id, fullName(p)]),
    ...demands.map((d): [string, string] => [d.id, d.titleFr]),
    ...letters.map((l): [string, string] => [l.id, l.subjectFr]),
    ...meetings.map((m): [string, string] => [m.id, m.titleFr]),
    ...campaigns.map((c): [string, string] => [c.id, c.nameFr]),
  ]);
  const word = (value: string | null) => (value === null ? null : (labels?.values[value] ?? value));
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? id));
  const describe = (m: ComparableMeeting): Record<string, unknown> => ({
    titleFr: m.titleFr,
    titleEn: m.titleEn,
    startsAt: instantToParisDateTime(m.startsAt).replace("T", " "),
    allDay: word(String(m.allDay)),
    endsAt: m.endsAt ? instantToParisDateTime(m.endsAt).replace("T", " ") : null,
    place: m.place,
    kind: word(m.kind),
    status: word(m.status),
    visibility: word(m.visibility),
    agenda: m.agenda,
    report: m.report,
    reportStatus: word(m.reportStatus),
    reportValidatedOn: m.reportValidatedOn,
    summaryFr: m.summaryFr,
    summaryEn: m.summaryEn,
    confidentialNotes: m.confidentialNotes,
    followsLetterId: name(m.followsLetterId),
    followsMeetingId: name(m.followsMeetingId),
    campaignId: name(m.campaignId),
    institutions: m.institutions.map(name),
    officials: m.officials.map(name),
    delegation: m.delegation.map(name),
    delegates: m.delegates.map(name),
    demands: m.demands.map(name),
  });
  return { saved: describe(saved), submitted: describe(submitted), labels: labels?.fields };
}
