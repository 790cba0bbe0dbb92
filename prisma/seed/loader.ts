// Inserts the seed's typed facts, resolving their stable keys to database ids. Called inside one
// transaction by `seedDemo`; any unknown key or inconsistent fact throws, and nothing is kept.
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { actions } from "./actions";
import { demoAccounts, type DemoAccountKey } from "./accounts";
import { campaigns } from "./campaigns";
import { commitments, demands, themes } from "./demands";
import { institutions } from "./institutions";
import { letters } from "./letters";
import { meetings } from "./meetings";
import { membershipEvents, organisations } from "./organisations";
import { officials, staff, type PositionSeed } from "./people";
import { statements } from "./statements";
import { day, parisTime } from "./time";

/** Key → id, failing loudly on a key that names nothing. */
class Ids {
  private readonly ids = new Map<string, string>();
  constructor(private readonly what: string) {}
  set(key: string, id: string) {
    if (this.ids.has(key)) throw new Error(`Seed: duplicate ${this.what} key "${key}"`);
    this.ids.set(key, id);
  }
  get(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`Seed: unknown ${this.what} key "${key}"`);
    return id;
  }
  optional(key: string | undefined): string | null {
    return key === undefined ? null : this.get(key);
  }
}

type Counts = Record<string, number>;

// Status-change rows are ordered by (date, createdAt): explicit, increasing createdAt keeps two
// changes of the same day in the order the seed lists them.
function clock() {
  const start = Date.now();
  let tick = 0;
  return () => new Date(start + tick++);
}

const positionDates = new Map<string, PositionSeed>(
  officials.flatMap((official) => official.positions.map((p): [string, PositionSeed] => [p.key, p])),
);

/** An official is linked to a meeting or letter through the position held that day. */
function assertHeldOn(positionKey: string, date: string, where: string) {
  const position = positionDates.get(positionKey);
  if (!position) throw new Error(`Seed: unknown position "${positionKey}" in ${where}`);
  if ((position.startDate && date < position.startDate) || (position.endDate && date > position.endDate)) {
    throw new Error(`Seed: position "${positionKey}" was not held on ${date} (${where})`);
  }
}

export async function loadDemo(tx: Tx, passwordHashes: Record<DemoAccountKey, string>): Promise<Counts> {
  const counts: Counts = {};
  const count = (entity: string, n = 1) => (counts[entity] = (counts[entity] ?? 0) + n);
  const nextCreatedAt = clock();

  // Organisations, whose status must follow from their membership history.
  const organisationIds = new Ids("organisation");
  for (const o of organisations) {
    const events = membershipEvents.filter((e) => e.organisation === o.key);
    const last = events.at(-1)?.kind;
    const expected = last === "OBSERVER_SINCE" ? "OBSERVER" : last === "LEFT" ? "FORMER" : "MEMBER";
    if (!last || expected !== o.status) throw new Error(`Seed: ${o.key}'s status does not follow from its membership history`);
    const row = await tx.organisation.create({
      data: {
        name: o.name,
        acronym: "acronym" in o ? o.acronym : null,
        slug: o.key,
        website: "website" in o ? o.website : null,
        publicContact: "publicContact" in o ? o.publicContact : null,
        descriptionFr: o.descriptionFr,
        descriptionEn: o.descriptionEn,
        status: o.status,
      },
    });
    organisationIds.set(o.key, row.id);
    count("Organisation");
  }

  // Institutions, then who succeeded whom.
  const institutionIds = new Ids("institution");
  for (const i of institutions) {
    const row = await tx.institution.create({
      data: {
        name: i.name,
        nameEn: i.nameEn,
        acronym: "acronym" in i ? i.acronym : null,
        kind: i.kind,
        address: "address" in i ? i.address : null,
        endedOn: "endedOn" in i ? day(i.endedOn) : null,
      },
    });
    institutionIds.set(i.key, row.id);
    count("Institution");
  }
  for (const i of institutions) {
    if ("successor" in i) {
      await tx.institution.update({ where: { id: institutionIds.get(i.key) }, data: { successorId: institutionIds.get(i.successor) } });
    }
  }

  // People: officials with their positions, and associations' staff.
  const personIds = new Ids("person");
  const positionIds = new Ids("position");
  for (const official of officials) {
    const person = await tx.person.create({
      data: { firstName: official.firstName, lastName: official.lastName, notes: "notes" in official ? official.notes : null },
    });
    personIds.set(official.key, person.id);
    count("Person");
    for (const p of official.positions) {
      const position = await tx.position.create({
        data: {
          personId: person.id,
          institutionId: institutionIds.get(p.institution),
          title: p.title,
          titleEn: p.titleEn,
          startDate: "startDate" in p ? day(p.startDate) : null,
          endDate: "endDate" in p ? day(p.endDate) : null,
        },
      });
      positionIds.set(p.key, position.id);
      count("Position");
    }
  }
  for (const s of staff) {
    const person = await tx.person.create({
      data: {
        firstName: s.firstName,
        lastName: s.lastName,
        organisationId: "organisation" in s ? organisationIds.get(s.organisation) : null,
        notes: "notes" in s ? s.notes : null,
      },
    });
    personIds.set(s.key, person.id);
    count("Person");
  }

  const campaignIds = new Ids("campaign");
  for (const c of campaigns) {
    const row = await tx.campaign.create({
      data: {
        slug: c.key,
        nameFr: c.nameFr,
        nameEn: c.nameEn,
        descriptionFr: c.descriptionFr,
        descriptionEn: c.descriptionEn,
        startsOn: day(c.startsOn),
        endsOn: "endsOn" in c ? day(c.endsOn) : null,
        visibility: "PUBLIC",
      },
    });
    campaignIds.set(c.key, row.id);
    count("Campaign");
  }

  // Letters, in date order so that a reply finds the letter it answers.
  const letterIds = new Ids("letter");
  for (const l of [...letters].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const r of l.recipients) if ("position" in r) assertHeldOn(r.position, l.date, `letter ${l.key}`);
    const optional = l as {
      inReplyTo?: string; replyExpectedBy?: string; confidentialNotes?: string; publishedOn?: string; campaign?: string;
      datePrecision?: "DAY" | "MONTH";
    };
    const row = await tx.letter.create({
      data: {
        direction: l.direction,
        date: day(l.date),
        datePrecision: optional.datePrecision ?? "DAY",
        subjectFr: l.subjectFr,
        subjectEn: l.subjectEn,
        summaryFr: l.summaryFr,
        summaryEn: l.summaryEn,
        senderName: l.senderName,
        senderOrganisationId: organisationIds.get(l.senderOrganisation),
        inReplyToId: letterIds.optional(optional.inReplyTo),
        replyExpectedBy: optional.replyExpectedBy ? day(optional.replyExpectedBy) : null,
        confidentialNotes: optional.confidentialNotes ?? null,
        visibility: l.visibility,
        campaignId: campaignIds.optional(optional.campaign),
        publishedAt: optional.publishedOn ? parisTime(optional.publishedOn) : null,
        recipients: {
          create: l.recipients.map((r) => ({
            institutionId: institutionIds.get(r.institution),
            positionId: "position" in r ? positionIds.get(r.position) : null,
          })),
        },
      },
    });
    letterIds.set(l.key, row.id);
    count("Letter");
    count("LetterRecipient", l.recipients.length);
  }

  // Meetings, then the links between meetings (follow-ups, report validation).
  const meetingIds = new Ids("meeting");
  for (const m of meetings) {
    for (const position of m.officials) assertHeldOn(position, m.date, `meeting ${m.key}`);
    const optional = m as {
      titleEn?: string; time?: string; endTime?: string; place?: string; agenda?: string; report?: string;
      reportStatus?: "DRAFT" | "VALIDATED"; summaryFr?: string; summaryEn?: string; confidentialNotes?: string;
      followsLetter?: string; campaign?: string; publishedOn?: string;
    };
    const row = await tx.meeting.create({
      data: {
        titleFr: m.titleFr,
        titleEn: optional.titleEn ?? null,
        startsAt: parisTime(m.date, optional.time),
        allDay: !optional.time,
        endsAt: optional.endTime ? parisTime(m.date, optional.endTime) : null,
        place: optional.place ?? null,
        kind: m.kind,
        status: m.status,
        visibility: m.visibility,
        agenda: optional.agenda ?? null,
        report: optional.report ?? null,
        reportStatus: optional.reportStatus ?? null,
        summaryFr: optional.summaryFr ?? null,
        summaryEn: optional.summaryEn ?? null,
        confidentialNotes: optional.confidentialNotes ?? null,
        followsLetterId: letterIds.optional(optional.followsLetter),
        campaignId: campaignIds.optional(optional.campaign),
        publishedAt: optional.publishedOn ? parisTime(optional.publishedOn) : null,
        institutions: { create: m.institutions.map((key) => ({ institutionId: institutionIds.get(key) })) },
        officials: { create: m.officials.map((key) => ({ positionId: positionIds.get(key) })) },
        delegation: { create: m.delegation.map((key) => ({ organisationId: organisationIds.get(key) })) },
        delegates: { create: m.delegates.map((key) => ({ personId: personIds.get(key) })) },
      },
    });
    meetingIds.set(m.key, row.id);
    count("Meeting");
    count("MeetingInstitution", m.institutions.length);
    count("MeetingOfficial", m.officials.length);
    count("MeetingDelegation", m.delegation.length);
    count("MeetingDelegate", m.delegates.length);
  }
  for (const m of meetings) {
    const links = m as { followsMeeting?: string; reportValidatedAt?: string };
    if (!links.followsMeeting && !links.reportValidatedAt) continue;
    const validatedAt = links.reportValidatedAt ? meetings.find((v) => v.key === links.reportValidatedAt) : undefined;
    if (links.reportValidatedAt && !validatedAt) throw new Error(`Seed: unknown meeting key "${links.reportValidatedAt}"`);
    await tx.meeting.update({
      where: { id: meetingIds.get(m.key) },
      data: {
        followsMeetingId: meetingIds.optional(links.followsMeeting),
        reportValidatedAtId: meetingIds.optional(links.reportValidatedAt),
        reportValidatedOn: validatedAt ? day(validatedAt.date) : null,
      },
    });
  }

  for (const e of membershipEvents) {
    await tx.membershipEvent.create({
      data: {
        organisationId: organisationIds.get(e.organisation),
        kind: e.kind,
        date: day(e.date),
        note: e.note,
        meetingId: meetingIds.optional(e.meeting),
      },
    });
    count("MembershipEvent");
  }

  // Themes and demands, each with its status history; the current status is the last entry.
  const themeIds = new Ids("theme");
  for (const t of themes) {
    const row = await tx.theme.create({ data: { slug: t.slug, nameFr: t.nameFr, nameEn: t.nameEn } });
    themeIds.set(t.slug, row.id);
    count("Theme");
  }
  const demandIds = new Ids("demand");
  for (const d of demands) {
    const history = d.history as readonly { status: string; date: string }[];
    const first = history[0];
    const last = history.at(-1);
    if (!first || !last) throw new Error(`Seed: demand ${d.key} has no history`);
    history.forEach((entry, i) => {
      if (i > 0 && entry.date < history[i - 1].date) throw new Error(`Seed: demand ${d.key}'s history is out of order`);
    });
    const optional = d as { descriptionFr?: string; descriptionEn?: string; campaign?: string };
    const row = await tx.demand.create({
      data: {
        titleFr: d.titleFr,
        titleEn: d.titleEn,
        descriptionFr: optional.descriptionFr ?? null,
        descriptionEn: optional.descriptionEn ?? null,
        status: d.history.at(-1)!.status,
        statusDate: day(last.date),
        raisedOn: day(first.date),
        visibility: d.visibility,
        campaignId: campaignIds.optional(optional.campaign),
        themes: { create: d.themes.map((slug) => ({ themeId: themeIds.get(slug) })) },
        targets: { create: d.targets.map((key) => ({ institutionId: institutionIds.get(key) })) },
      },
    });
    demandIds.set(d.key, row.id);
    count("Demand");
    count("DemandTheme", d.themes.length);
    count("DemandTarget", d.targets.length);
    for (const entry of d.history) {
      const source = entry as { meeting?: string; letter?: string; sourceLabel?: string; noteEn?: string; milestone?: boolean };
      await tx.demandStatusChange.create({
        data: {
          demandId: row.id,
          status: entry.status,
          date: day(entry.date),
          sourceMeetingId: meetingIds.optional(source.meeting),
          sourceLetterId: letterIds.optional(source.letter),
          sourceLabel: source.sourceLabel ?? null,
          noteFr: entry.noteFr,
          noteEn: source.noteEn ?? null,
          milestone: source.milestone ?? false,
          createdAt: nextCreatedAt(),
        },
      });
      count("DemandStatusChange");
    }
  }

  // Which demands were raised at which meeting, and in which letter.
  const meetingDemands = meetings.flatMap((m) =>
    m.demands.map((d) => ({ meetingId: meetingIds.get(m.key), demandId: demandIds.get(d.demand), note: d.note })),
  );
  await tx.meetingDemand.createMany({ data: meetingDemands });
  count("MeetingDemand", meetingDemands.length);
  const letterDemands = letters.flatMap((l) => l.demands.map((key) => ({ letterId: letterIds.get(l.key), demandId: demandIds.get(key) })));
  await tx.letterDemand.createMany({ data: letterDemands });
  count("LetterDemand", letterDemands.length);

  for (const c of commitments) {
    assertHeldOn(c.promisedByPosition, c.promisedOn, "commitment");
    await tx.commitment.create({
      data: {
        demandId: demandIds.get(c.demand),
        descriptionFr: c.descriptionFr,
        descriptionEn: c.descriptionEn,
        promisedByPersonId: personIds.get(c.promisedBy),
        promisedByPositionId: positionIds.get(c.promisedByPosition),
        promisedOn: day(c.promisedOn),
        sourceMeetingId: meetingIds.get(c.meeting),
        dueOn: day(c.dueOn),
        keptOn: c.keptOn ? day(c.keptOn) : null,
        status: c.status,
        note: c.note,
        visibility: c.visibility,
      },
    });
    count("Commitment");
  }

  for (const s of statements) {
    const optional = s as { titleEn?: string; textEn?: string; bill?: string; campaign?: string; datePrecision?: "DAY" | "MONTH" };
    await tx.statement.create({
      data: {
        date: day(s.date),
        datePrecision: optional.datePrecision ?? "DAY",
        titleFr: s.titleFr,
        titleEn: optional.titleEn ?? null,
        textFr: s.textFr,
        textEn: optional.textEn ?? null,
        bill: optional.bill ?? null,
        campaignId: campaignIds.optional(optional.campaign),
        visibility: s.visibility,
        publishedAt: parisTime(s.publishedOn),
      },
    });
    count("Statement");
  }

  // Demo accounts, then the follow-up actions some of them are assigned.
  const userIds = new Ids("demo account");
  for (const account of demoAccounts) {
    const user = await tx.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role satisfies Role,
        organisationId: organisationIds.get(account.organisation),
        passwordHash: passwordHashes[account.key],
      },
    });
    userIds.set(account.key, user.id);
    count("User");
  }
  const coordinatorId = userIds.get("coordinator");
  for (const a of actions) {
    const action = await tx.action.create({
      data: {
        title: a.title,
        description: a.description ?? null,
        meetingId: meetingIds.get(a.meeting),
        assigneeOrganisationId: organisationIds.optional(a.assigneeOrganisation),
        assigneeUserId: userIds.optional(a.assigneeUser),
        dueOn: a.dueOn ? day(a.dueOn) : null,
        status: a.status,
        visibility: a.visibility ?? "MEMBERS",
        createdById: coordinatorId,
      },
    });
    count("Action");
    if (a.status !== "OPEN") {
      await tx.actionStatusChange.create({
        data: {
          actionId: action.id,
          fromStatus: "OPEN",
          toStatus: a.status,
          note: "État reconstitué à partir des pages du Collectif : la date de réalisation n’y est pas indiquée.",
          createdAt: nextCreatedAt(),
        },
      });
      count("ActionStatusChange");
    }
  }

  // One audit row per kind of record the seed created.
  await tx.auditEntry.createMany({
    data: Object.entries(counts).map(([entityType, n]) => ({ action: "seed", entityType, entityId: "*", changes: { created: n } })),
  });
  return counts;
}
