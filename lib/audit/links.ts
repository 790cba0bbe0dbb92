// Where each audited record lives in the workspace, and its name, when it still exists. One query
// per kind of record on the page, whatever the number of entries. (The log is coordinators-only,
// so naming records of any visibility here is fine.)
import "server-only";
import { db } from "@/lib/db";

export type RecordLink = { href: string; label: string };

type Resolver = (ids: string[]) => Promise<[string, RecordLink][]>;

const inIds = (ids: string[]) => ({ id: { in: ids } });

const RESOLVERS: Record<string, Resolver> = {
  Organisation: async (ids) =>
    (await db.organisation.findMany({ where: inIds(ids), select: { id: true, name: true } })).map((r) => [r.id, { href: `/organisations/${r.id}`, label: r.name }]),
  Institution: async (ids) =>
    (await db.institution.findMany({ where: inIds(ids), select: { id: true, name: true } })).map((r) => [r.id, { href: `/institutions/${r.id}`, label: r.name }]),
  Person: async (ids) =>
    (await db.person.findMany({ where: inIds(ids), select: { id: true, firstName: true, lastName: true } })).map((r) => [
      r.id,
      { href: `/people/${r.id}`, label: `${r.firstName} ${r.lastName}` },
    ]),
  Campaign: async (ids) =>
    (await db.campaign.findMany({ where: inIds(ids), select: { id: true, nameFr: true } })).map((r) => [r.id, { href: `/campaigns/${r.id}`, label: r.nameFr }]),
  Meeting: async (ids) =>
    (await db.meeting.findMany({ where: inIds(ids), select: { id: true, titleFr: true } })).map((r) => [r.id, { href: `/meetings/${r.id}`, label: r.titleFr }]),
  Letter: async (ids) =>
    (await db.letter.findMany({ where: inIds(ids), select: { id: true, subjectFr: true } })).map((r) => [r.id, { href: `/letters/${r.id}`, label: r.subjectFr }]),
  Statement: async (ids) =>
    (await db.statement.findMany({ where: inIds(ids), select: { id: true, titleFr: true } })).map((r) => [r.id, { href: `/statements/${r.id}`, label: r.titleFr }]),
  Demand: async (ids) =>
    (await db.demand.findMany({ where: inIds(ids), select: { id: true, titleFr: true } })).map((r) => [r.id, { href: `/demands/${r.id}`, label: r.titleFr }]),
  User: async (ids) =>
    (await db.user.findMany({ where: inIds(ids), select: { id: true, name: true } })).map((r) => [r.id, { href: `/accounts/${r.id}`, label: r.name }]),
  // A position and a membership step are shown on their person's and organisation's pages.
  Position: async (ids) =>
    (await db.position.findMany({ where: inIds(ids), select: { id: true, title: true, person: { select: { id: true, firstName: true, lastName: true } } } })).map(
      (r) => [r.id, { href: `/people/${r.person.id}`, label: `${r.person.firstName} ${r.person.lastName} — ${r.title}` }],
    ),
  MembershipEvent: async (ids) =>
    (await db.membershipEvent.findMany({ where: inIds(ids), select: { id: true, organisation: { select: { id: true, name: true } } } })).map((r) => [
      r.id,
      { href: `/organisations/${r.organisation.id}/membership`, label: r.organisation.name },
    ]),
};

/** `type:id` → the record's page and name, for the entries whose record still exists. */
export async function linksToRecords(entries: { entityType: string; entityId: string }[]): Promise<Map<string, RecordLink>> {
  const idsByType = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!RESOLVERS[entry.entityType] || entry.entityId === "*") continue;
    const ids = idsByType.get(entry.entityType) ?? new Set<string>();
    ids.add(entry.entityId);
    idsByType.set(entry.entityType, ids);
  }
  const links = new Map<string, RecordLink>();
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      for (const [id, link] of await RESOLVERS[type]([...ids])) links.set(`${type}:${id}`, link);
    }),
  );
  return links;
}
