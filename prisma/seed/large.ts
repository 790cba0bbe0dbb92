// A synthetic history, on top of the demo data, for scale tests and the benchmark: at scale 1, a
// hundred times the coalition's (50 organisations, 2,000 officials, 20,000 meetings, 100,000
// actions, 5,000 demands with 30,000 status changes, letters and statements in proportion).
// Written with INSERT … SELECT generate_series, so a full run takes seconds, not hours; every
// "random" choice is arithmetic on the row number, so two runs make the same data.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type LargeSeedOptions = {
  /** 1 = a hundred times the coalition; 0.05 = the batch the integration test adds. */
  scale: number;
  /** Prefix of every id this batch creates, so that batches can be told apart (and never collide). */
  prefix: string;
  /** Progress lines. */
  log?: (line: string) => void;
};

export type LargeSeedCounts = Record<string, number>;

const at = (scale: number, full: number, least: number) => Math.max(least, Math.round(full * scale));

export async function seedLarge(db: PrismaClient, { scale, prefix, log = () => {} }: LargeSeedOptions): Promise<LargeSeedCounts> {
  const n = {
    organisations: at(scale, 50, 5),
    institutions: at(scale, 200, 10),
    people: at(scale, 2_000, 20),
    positions: at(scale, 3_000, 30),
    meetings: at(scale, 20_000, 100),
    actions: at(scale, 100_000, 500),
    demands: at(scale, 5_000, 50),
    commitments: at(scale, 2_000, 20),
    letters: at(scale, 10_000, 50),
    statements: at(scale, 1_000, 10),
  };
  const p = prefix.replace(/[^A-Za-z0-9_-]/g, "");
  // A deterministic spread of row i over 1..count, different for each salt.
  const pick = (i: string, salt: number, count: number) => `((((${i})::bigint * 2654435761 + ${salt * 40503}) % ${count}) + 1)`;
  const day = (i: string, salt: number, span: number) => `(DATE '2000-01-01' + ${pick(i, salt, span)}::int - 1)`;

  // The demo member's organisation and account get a share of the actions, so that her lists and
  // her dashboard are as long as anyone's.
  const member = await db.user.findFirst({ where: { email: "member@example.org" }, select: { id: true, organisationId: true } });
  const memberOrg = member?.organisationId ? `'${member.organisationId}'` : "NULL";
  const memberUser = member ? `'${member.id}'` : "NULL";

  const steps: [string, string][] = [
    [
      "organisations",
      `INSERT INTO "Organisation" (id, name, acronym, slug, status, "updatedAt")
       SELECT '${p}-org-' || i, 'Association synthétique ' || i, 'AS' || i, '${p}-org-' || i, 'MEMBER', now() FROM generate_series(1, ${n.organisations}) i`,
    ],
    [
      "institutions",
      `INSERT INTO "Institution" (id, name, kind, "updatedAt")
       SELECT '${p}-inst-' || i, 'Ministère synthétique ' || i, (ARRAY['MINISTRY','INTERMINISTERIAL_BODY','INDEPENDENT_AUTHORITY','UNION'])[1 + i % 4]::"InstitutionKind", now()
       FROM generate_series(1, ${n.institutions}) i`,
    ],
    [
      "people",
      `INSERT INTO "Person" (id, "firstName", "lastName", "updatedAt")
       SELECT '${p}-per-' || i, 'Prénom' || i, 'Officiel synthétique ' || i, now() FROM generate_series(1, ${n.people}) i`,
    ],
    [
      "positions",
      `INSERT INTO "Position" (id, "personId", "institutionId", title, "startDate", "updatedAt")
       SELECT '${p}-pos-' || i, '${p}-per-' || (((i - 1) % ${n.people}) + 1), '${p}-inst-' || ${pick("i", 1, n.institutions)},
              'Conseiller synthétique ' || i, ${day("i", 2, 6000)}, now()
       FROM generate_series(1, ${n.positions}) i`,
    ],
    [
      "meetings",
      `INSERT INTO "Meeting" (id, "titleFr", "startsAt", kind, status, visibility, report, "reportStatus", "reportValidatedOn", "updatedAt")
       SELECT '${p}-mtg-' || i, 'Rencontre synthétique n° ' || i,
              (${day("i", 3, 9400)})::timestamp AT TIME ZONE 'Europe/Paris' + interval '10 hours',
              (ARRAY['GOVERNMENT','PLENARY','PREPARATORY','UNION_OR_PARTNER'])[1 + i % 4]::"MeetingKind",
              'HELD', (CASE WHEN i % 10 = 0 THEN 'COORDINATION' ELSE 'MEMBERS' END)::"Visibility",
              CASE WHEN i % 3 = 0 THEN 'Compte-rendu synthétique de la rencontre ' || i END,
              (CASE WHEN i % 3 = 0 THEN 'VALIDATED' END)::"ReportStatus",
              CASE WHEN i % 3 = 0 THEN ${day("i", 3, 9400)} + 14 END, now()
       FROM generate_series(1, ${n.meetings}) i`,
    ],
    [
      "meeting links",
      `INSERT INTO "MeetingInstitution" ("meetingId", "institutionId")
         SELECT '${p}-mtg-' || i, '${p}-inst-' || ${pick("i", 4, n.institutions)} FROM generate_series(1, ${n.meetings}) i;
       INSERT INTO "MeetingOfficial" ("meetingId", "positionId")
         SELECT '${p}-mtg-' || i, '${p}-pos-' || ${pick("i", 5, n.positions)} FROM generate_series(1, ${n.meetings}) i;
       INSERT INTO "MeetingDelegation" ("meetingId", "organisationId")
         SELECT '${p}-mtg-' || i, '${p}-org-' || ${pick("i", 6, n.organisations)} FROM generate_series(1, ${n.meetings}) i`,
    ],
    [
      "actions",
      `INSERT INTO "Action" (id, title, description, "meetingId", "assigneeOrganisationId", "assigneeUserId", "dueOn", status, "completedAt", visibility, "updatedAt")
       SELECT '${p}-act-' || i, 'Action de suivi synthétique n° ' || i, 'Décidée en rencontre.',
              '${p}-mtg-' || ${pick("i", 7, n.meetings)},
              CASE WHEN i % 50 = 0 AND ${memberOrg} IS NOT NULL THEN ${memberOrg} ELSE '${p}-org-' || ${pick("i", 8, n.organisations)} END,
              CASE WHEN i % 100 = 0 THEN ${memberUser} END,
              ${day("i", 9, 9500)},
              (CASE WHEN i % 10 = 0 THEN 'OPEN' WHEN i % 10 = 1 THEN 'IN_PROGRESS' WHEN i % 10 = 2 THEN 'CANCELLED' ELSE 'DONE' END)::"ActionStatus",
              CASE WHEN i % 10 > 2 THEN (${day("i", 9, 9500)})::timestamptz END,
              (CASE WHEN i % 20 = 0 THEN 'COORDINATION' ELSE 'MEMBERS' END)::"Visibility", now()
       FROM generate_series(1, ${n.actions}) i`,
    ],
    [
      "letters",
      `INSERT INTO "Letter" (id, direction, date, "subjectFr", "summaryFr", "replyExpectedBy", visibility, "updatedAt")
       SELECT '${p}-let-' || i, (CASE WHEN i % 3 = 0 THEN 'RECEIVED' ELSE 'SENT' END)::"LetterDirection", ${day("i", 19, 9400)},
              'Courrier synthétique n° ' || i, 'Objet du courrier synthétique ' || i,
              CASE WHEN i % 3 = 1 THEN ${day("i", 19, 9400)} + 30 END, 'MEMBERS', now()
       FROM generate_series(1, ${n.letters}) i;
       INSERT INTO "LetterRecipient" (id, "letterId", "institutionId")
         SELECT '${p}-lr-' || i, '${p}-let-' || i, '${p}-inst-' || ${pick("i", 20, n.institutions)} FROM generate_series(1, ${n.letters}) i`,
    ],
    [
      "demands",
      `INSERT INTO "Demand" (id, "titleFr", "descriptionFr", status, "statusDate", "raisedOn", visibility, "updatedAt")
       SELECT '${p}-dem-' || i, 'Revendication synthétique n° ' || i, 'Ce que le Collectif demande (synthétique).', 'RAISED',
              ${day("i", 10, 7000)}, ${day("i", 10, 7000)}, (CASE WHEN i % 3 = 0 THEN 'PUBLIC' ELSE 'MEMBERS' END)::"Visibility", now()
       FROM generate_series(1, ${n.demands}) i`,
    ],
    [
      "demand history",
      // Six steps each, sixty days apart, sourced alternately from a meeting and a letter.
      `INSERT INTO "DemandStatusChange" (id, "demandId", status, date, "sourceMeetingId", "sourceLetterId", "noteFr", milestone)
       SELECT '${p}-dsc-' || i || '-' || j, '${p}-dem-' || i,
              (ARRAY['RAISED','ACKNOWLEDGED','PROMISED','IN_PROGRESS','PARTLY_MET', CASE WHEN i % 4 = 0 THEN 'REJECTED' ELSE 'MET' END])[j + 1]::"DemandStatus",
              ${day("i", 10, 7000)} + j * 60,
              CASE WHEN j % 2 = 0 THEN '${p}-mtg-' || ${pick("i + j", 11, n.meetings)} END,
              CASE WHEN j % 2 = 1 THEN '${p}-let-' || ${pick("i + j", 12, n.letters)} END,
              'Étape synthétique ' || j || ' de la revendication ' || i, j % 2 = 0
       FROM generate_series(1, ${n.demands}) i, generate_series(0, 5) j`,
    ],
    [
      "demand links",
      `UPDATE "Demand" d SET status = last.status, "statusDate" = last.date
         FROM (SELECT DISTINCT ON ("demandId") "demandId", status, date FROM "DemandStatusChange" WHERE "demandId" LIKE '${p}-dem-%' ORDER BY "demandId", date DESC) last
         WHERE d.id = last."demandId";
       INSERT INTO "DemandTarget" ("demandId", "institutionId")
         SELECT '${p}-dem-' || i, '${p}-inst-' || ${pick("i", 13, n.institutions)} FROM generate_series(1, ${n.demands}) i;
       INSERT INTO "MeetingDemand" ("meetingId", "demandId")
         SELECT '${p}-mtg-' || ${pick("i", 14, n.meetings)}, '${p}-dem-' || i FROM generate_series(1, ${n.demands}) i;
       INSERT INTO "LetterDemand" ("letterId", "demandId")
         SELECT '${p}-let-' || i, '${p}-dem-' || ${pick("i", 21, n.demands)} FROM generate_series(1, ${n.letters}) i WHERE i % 2 = 0`,
    ],
    [
      "commitments",
      `INSERT INTO "Commitment" (id, "demandId", "descriptionFr", "promisedByPersonId", "promisedByPositionId", "promisedOn", "sourceMeetingId", "dueOn", "keptOn", status, visibility, "updatedAt")
       SELECT '${p}-com-' || i, '${p}-dem-' || ${pick("i", 15, n.demands)}, 'Engagement synthétique n° ' || i,
              '${p}-per-' || (((${pick("i", 16, n.positions)} - 1) % ${n.people}) + 1), '${p}-pos-' || ${pick("i", 16, n.positions)},
              ${day("i", 17, 7000)}, '${p}-mtg-' || ${pick("i", 18, n.meetings)}, ${day("i", 17, 7000)} + 90,
              CASE WHEN i % 2 = 0 THEN ${day("i", 17, 7000)} + 90 + i % 200 END,
              (CASE WHEN i % 2 = 0 THEN 'KEPT' WHEN i % 5 = 1 THEN 'BROKEN' ELSE 'PENDING' END)::"CommitmentStatus", 'MEMBERS', now()
       FROM generate_series(1, ${n.commitments}) i`,
    ],
    [
      "statements",
      `INSERT INTO "Statement" (id, date, "titleFr", "textFr", visibility, "updatedAt")
       SELECT '${p}-sta-' || i, ${day("i", 22, 9400)}, 'Prise de position synthétique n° ' || i, 'Texte de la prise de position synthétique ' || i,
              (CASE WHEN i % 2 = 0 THEN 'PUBLIC' ELSE 'MEMBERS' END)::"Visibility", now()
       FROM generate_series(1, ${n.statements}) i`,
    ],
  ];

  await db.$transaction(
    async (tx) => {
      for (const [label, sql] of steps) {
        const started = Date.now();
        for (const statement of sql.split(/;\s*\n/)) if (statement.trim()) await tx.$executeRawUnsafe(statement);
        log(`${label}: ${Date.now() - started} ms`);
      }
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  // Fresh statistics, so the planner sees the new sizes at once.
  await db.$executeRawUnsafe("ANALYZE");
  return { ...n, demandStatusChanges: n.demands * 6 };
}

/** Removes a batch made by seedLarge (tests add one, measure, and leave the database as they found it). */
export async function removeLarge(db: PrismaClient, prefix: string): Promise<void> {
  const p = prefix.replace(/[^A-Za-z0-9_-]/g, "");
  // Children first where the schema restricts deletion; the rest cascades.
  const tables = ["Action", "Commitment", "Letter", "Demand", "Meeting", "Statement", "Position", "Person", "Institution", "Organisation"];
  await db.$transaction(async (tx) => {
    for (const table of tables) await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE id LIKE '${p}-%'`);
  }, { timeout: 10 * 60_000 });
}
