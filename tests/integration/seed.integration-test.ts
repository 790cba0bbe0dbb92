// The demo seed tells the Collective's history right: these stories fail if it does not.
// They read a database of their own, seeded and nothing else, so that what other tests add to
// the shared one cannot change the counts.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, seedDemo } from "@/prisma/seed/demo";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase("seed", inject("serverUrl") || null);
  db = createPrismaClient(database.url);
  await seedDemo(db);
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const DAY_MS = 86_400_000;

async function meetingOn(date: string, where: object = {}) {
  return db.meeting.findFirstOrThrow({
    where: { startsAt: { gte: new Date(day(date).getTime() - DAY_MS / 4), lt: new Date(day(date).getTime() + DAY_MS) }, ...where },
  });
}

describe("the demo seed", () => {
  test("on 23 September 2014 the Minister of the Interior and five of his cabinet received the six-association delegation", async () => {
    const meeting = await db.meeting.findFirstOrThrow({
      where: { titleFr: { contains: "Bernard Cazeneuve" }, kind: "GOVERNMENT", startsAt: { lt: day("2014-09-24") } },
      select: {
        id: true,
        startsAt: true,
        status: true,
        visibility: true,
        summaryEn: true,
        officials: { select: { position: { select: { title: true, startDate: true, endDate: true, person: { select: { lastName: true } } } } } },
        delegation: { select: { organisation: { select: { name: true, acronym: true } } } },
        institutions: { select: { institution: { select: { name: true } } } },
        followsLetter: { select: { date: true, recipients: { select: { position: { select: { person: { select: { lastName: true } } } } } } } },
        followUpMeetings: { select: { startsAt: true, status: true, place: true } },
        demands: { select: { demand: { select: { titleFr: true } } } },
      },
    });
    // 00:00 in Paris (summer time) on the 23rd.
    expect(meeting.startsAt.toISOString()).toBe("2014-09-22T22:00:00.000Z");
    expect(meeting.status).toBe("HELD");
    expect(meeting.visibility).toBe("PUBLIC");
    expect(meeting.summaryEn).toBeTruthy();

    const titles = Object.fromEntries(meeting.officials.map((o) => [o.position.person.lastName, o.position.title]));
    expect(titles).toEqual({
      Cazeneuve: "Ministre de l’Intérieur",
      Molina: "Directeur adjoint du cabinet du ministre de l’Intérieur",
      Sodini: "Conseiller immigration et asile (correspondant traite)",
      "Xavier-Rolai": "Conseiller juridique",
      Mainsard: "Conseiller police",
      Derepas: "Directeur général des étrangers en France",
    });
    for (const { position } of meeting.officials) {
      if (position.startDate) expect(position.startDate.getTime()).toBeLessThanOrEqual(day("2014-09-23").getTime());
      if (position.endDate) expect(position.endDate.getTime()).toBeGreaterThanOrEqual(day("2014-09-23").getTime());
    }

    expect(meeting.delegation.map((d) => d.organisation.acronym ?? d.organisation.name).sort()).toEqual(
      ["AFJ", "Amicale du Nid", "CCEM", "Hors la Rue", "OICEM", "Secours Catholique – Caritas France"].sort(),
    );
    expect(meeting.institutions.map((i) => i.institution.name)).toEqual(["Ministère de l’Intérieur"]);
    expect(meeting.followsLetter?.recipients[0]?.position?.person.lastName).toBe("Cazeneuve");
    expect(meeting.followsLetter!.date.getTime()).toBeLessThanOrEqual(day("2014-09-23").getTime());
    expect(meeting.demands.map((d) => d.demand.titleFr)).toContain("Une instruction aux préfets sur l’admission au séjour des victimes de la traite");

    // The follow-up with his advisers: Thursday 23 October 2014 at 16:00 Paris time, still summer time.
    expect(meeting.followUpMeetings).toContainEqual({
      startsAt: new Date("2014-10-23T14:00:00.000Z"),
      status: "PLANNED",
      place: "Ministère de l’Intérieur, place Beauvau, Paris",
    });
  });

  test("Bernard Cazeneuve keeps his post at the Interior when he becomes Prime Minister", async () => {
    const person = await db.person.findFirstOrThrow({
      where: { lastName: "Cazeneuve" },
      select: { positions: { orderBy: { startDate: "asc" }, select: { title: true, startDate: true, endDate: true, institution: { select: { kind: true } } } } },
    });
    expect(person.positions.map((p) => [p.title, iso(p.startDate), iso(p.endDate), p.institution.kind])).toEqual([
      ["Ministre de l’Intérieur", "2014-04-02", "2016-12-06", "MINISTRY"],
      ["Premier ministre", "2016-12-06", "2017-05-15", "PRIME_MINISTER_OFFICE"],
    ]);
  });

  test("the instruction to prefects: asked for, promised for end 2014, reminded, published 19 May 2015, discussed on 22 July 2015", async () => {
    const demand = await db.demand.findFirstOrThrow({
      where: { titleEn: "An instruction to prefects on residence permits for victims of trafficking" },
      select: {
        status: true,
        statusDate: true,
        raisedOn: true,
        visibility: true,
        targets: { select: { institution: { select: { name: true } } } },
        statusChanges: {
          orderBy: [{ date: "asc" }, { createdAt: "asc" }],
          select: {
            status: true,
            date: true,
            milestone: true,
            noteFr: true,
            noteEn: true,
            sourceMeeting: { select: { startsAt: true } },
            sourceLetter: { select: { date: true } },
          },
        },
        commitments: {
          select: {
            status: true,
            promisedOn: true,
            dueOn: true,
            keptOn: true,
            promisedByPosition: { select: { title: true, person: { select: { firstName: true, lastName: true } }, institution: { select: { name: true } } } },
            sourceMeeting: { select: { startsAt: true } },
          },
        },
      },
    });

    const steps = demand.statusChanges.map((c) => ({
      status: c.status,
      date: iso(c.date),
      source: c.sourceMeeting ? "meeting" : c.sourceLetter ? `letter of ${iso(c.sourceLetter.date)}` : null,
    }));
    expect(steps).toEqual([
      { status: "RAISED", date: "2014-09-23", source: "meeting" },
      { status: "PROMISED", date: "2014-09-23", source: "meeting" },
      { status: "PROMISED", date: "2015-04-21", source: "letter of 2015-04-21" },
      { status: "MET", date: "2015-05-19", source: null },
      { status: "MET", date: "2015-07-22", source: "meeting" },
    ]);
    expect(demand.statusChanges[3]?.noteFr).toContain("NOR INTV1501995N");
    // The last step comes from the meeting of 22 July 2015 (00:00 Paris time, summer time).
    expect(demand.statusChanges[4]?.sourceMeeting?.startsAt.toISOString()).toBe("2015-07-21T22:00:00.000Z");
    expect(demand.statusChanges.every((c) => c.milestone && c.noteEn)).toBe(true);
    expect(demand.status).toBe("MET");
    expect(iso(demand.statusDate)).toBe("2015-07-22");
    expect(iso(demand.raisedOn)).toBe("2014-09-23");
    expect(demand.visibility).toBe("PUBLIC");
    expect(demand.targets.map((t) => t.institution.name)).toEqual(["Ministère de l’Intérieur"]);

    expect(demand.commitments).toHaveLength(1);
    const commitment = demand.commitments[0]!;
    expect(commitment.status).toBe("KEPT");
    expect(iso(commitment.promisedOn)).toBe("2014-09-23");
    expect(iso(commitment.dueOn)).toBe("2014-12-31");
    expect(iso(commitment.keptOn)).toBe("2015-05-19");
    expect((commitment.keptOn!.getTime() - commitment.dueOn!.getTime()) / DAY_MS).toBe(139);
    expect(commitment.promisedByPosition?.person).toEqual({ firstName: "Raphaël", lastName: "Sodini" });
    expect(commitment.promisedByPosition?.institution.name).toBe("Ministère de l’Intérieur");
    expect(commitment.sourceMeeting?.startsAt.toISOString()).toBe("2014-09-22T22:00:00.000Z");
  });

  test("the plenary of 29 September 2014: nine agenda points, an action for every member association, SOS Esclaves observer", async () => {
    const plenary = await meetingOn("2014-09-29", { kind: "PLENARY" });
    expect(plenary.visibility).toBe("MEMBERS");
    expect(plenary.agenda?.split("\n").filter((line) => /^\d+\. /.test(line))).toHaveLength(9);
    expect(plenary.report).toContain("Élargissement du Collectif à SOS Esclaves");

    const members = await db.organisation.findMany({ where: { status: "MEMBER" }, select: { id: true, name: true } });
    expect(members.length).toBeGreaterThanOrEqual(13);
    const websiteActions = await db.action.findMany({
      where: { meetingId: plenary.id, title: { startsWith: "Transmettre le contact public" }, assigneeOrganisationId: { not: null } },
      select: { assigneeOrganisationId: true, dueOn: true, status: true, assigneeOrganisation: { select: { acronym: true } } },
    });
    for (const member of members) {
      expect(websiteActions.map((a) => a.assigneeOrganisationId), member.name).toContain(member.id);
    }
    expect(websiteActions.every((a) => iso(a.dueOn)! < "2014-11-08")).toBe(true);
    const oicem = websiteActions.find((a) => a.assigneeOrganisation?.acronym === "OICEM");
    expect(oicem?.status).toBe("OPEN");
    expect(websiteActions.filter((a) => a.status === "DONE").length).toBe(websiteActions.length - 1);

    const sos = await db.organisation.findFirstOrThrow({
      where: { name: "SOS Esclaves" },
      select: { status: true, membershipEvents: { select: { kind: true, date: true, meetingId: true, voteResult: true, note: true } } },
    });
    expect(sos.status).toBe("OBSERVER");
    expect(sos.membershipEvents).toHaveLength(1);
    expect(sos.membershipEvents[0]).toMatchObject({ kind: "OBSERVER_SINCE", date: day("2014-09-29"), meetingId: plenary.id, voteResult: null });
    expect(sos.membershipEvents[0]?.note).toContain("2015");

    // Its next meetings, in Paris time (winter time from 26 October 2014).
    const nextPlenary = await meetingOn("2014-11-07", { kind: "PLENARY" });
    expect([nextPlenary.startsAt.toISOString(), nextPlenary.endsAt?.toISOString()]).toEqual(["2014-11-07T09:00:00.000Z", "2014-11-07T11:30:00.000Z"]);
    expect(nextPlenary.place).toContain("salle 3002");
    const cfdt = await meetingOn("2015-01-20", { kind: "UNION_OR_PARTNER" });
    expect(cfdt.startsAt.toISOString()).toBe("2015-01-20T09:00:00.000Z");
    expect(cfdt.place).toBe("CFDT, 4 boulevard de la Villette, 75019 Paris");
  });

  test("the member demo account works at OICEM and has open actions assigned to her and to OICEM", async () => {
    const member = await db.user.findUniqueOrThrow({
      where: { email: "member@example.org" },
      select: { id: true, role: true, passwordHash: true, organisation: { select: { acronym: true } }, assignedActions: { select: { status: true, assigneeOrganisation: { select: { acronym: true } } } } },
    });
    expect(member.role).toBe("MEMBER");
    expect(member.organisation?.acronym).toBe("OICEM");
    expect(await verifyPassword(member.passwordHash, "plaidoyer-demo")).toBe(true);
    expect(member.assignedActions.length).toBeGreaterThanOrEqual(1);
    expect(member.assignedActions.every((a) => a.status === "OPEN" && a.assigneeOrganisation?.acronym === "OICEM")).toBe(true);
  });

  test("DEMO_ACCOUNTS lists the three demo accounts, one per role", async () => {
    expect(DEMO_ACCOUNTS).toEqual([
      { email: "coordinator@example.org", role: "COORDINATOR", organisation: "Secours Catholique – Caritas France" },
      { email: "member@example.org", role: "MEMBER", organisation: "OICEM" },
      { email: "observer@example.org", role: "OBSERVER", organisation: "SOS Esclaves" },
    ]);
    const users = await db.user.findMany({ select: { email: true, role: true, organisation: { select: { name: true } } }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role, u.organisation?.name])).toEqual([
      ["coordinator@example.org", "COORDINATOR", "Secours Catholique – Caritas France"],
      ["member@example.org", "MEMBER", "Organisation internationale contre l’esclavage moderne"],
      ["observer@example.org", "OBSERVER", "SOS Esclaves"],
    ]);
  });

  test("the 3 February 2014 report was validated at the Collective's meeting of 17 February 2014", async () => {
    const meeting = await db.meeting.findFirstOrThrow({
      where: { titleFr: { contains: "Najat Vallaud-Belkacem" }, kind: "GOVERNMENT" },
      select: { startsAt: true, reportStatus: true, reportValidatedOn: true, reportValidatedAt: { select: { startsAt: true, kind: true } }, report: true },
    });
    expect(meeting.startsAt.toISOString()).toBe("2014-02-02T23:00:00.000Z");
    expect(meeting.reportStatus).toBe("VALIDATED");
    expect(iso(meeting.reportValidatedOn)).toBe("2014-02-17");
    expect(meeting.reportValidatedAt).toEqual({ startsAt: new Date("2014-02-16T23:00:00.000Z"), kind: "PLENARY" });
    expect(meeting.report).toContain("Préparation de la rencontre avec Mme Najat Vallaud-Belkacem");
  });

  test("“The Collective petitions the Valls Government” reads in English and in French", async () => {
    const statement = await db.statement.findFirstOrThrow({ where: { titleEn: "The Collective petitions the Valls Government" } });
    expect(iso(statement.date)).toBe("2014-07-10");
    expect(statement.visibility).toBe("PUBLIC");
    expect(statement.publishedAt).not.toBeNull();
    expect(statement.titleFr).toBe("Le Collectif interpelle le gouvernement Valls");
    expect(statement.textEn).toContain("That victims of trafficking benefit from adequate accommodation");
    expect(statement.textFr).toContain("hébergement adapté");
  });

  test("every visibility level has meetings and letters, and public items carry what the public timeline shows", async () => {
    for (const visibility of ["PUBLIC", "MEMBERS", "COORDINATION"] as const) {
      expect(await db.meeting.count({ where: { visibility } }), `meetings ${visibility}`).toBeGreaterThan(0);
      expect(await db.letter.count({ where: { visibility } }), `letters ${visibility}`).toBeGreaterThan(0);
    }
    expect(await db.statement.count({ where: { visibility: "PUBLIC" } })).toBe(3);

    const publicMeetings = await db.meeting.findMany({ where: { visibility: "PUBLIC" }, select: { summaryFr: true, summaryEn: true, publishedAt: true } });
    const publicLetters = await db.letter.findMany({ where: { visibility: "PUBLIC" }, select: { summaryFr: true, summaryEn: true, publishedAt: true } });
    const publicStatements = await db.statement.findMany({ where: { visibility: "PUBLIC" }, select: { textFr: true, textEn: true } });
    for (const item of [...publicMeetings, ...publicLetters]) {
      expect(item.summaryFr).toBeTruthy();
      expect(item.publishedAt).not.toBeNull();
    }
    const withoutEnglish =
      [...publicMeetings, ...publicLetters].filter((item) => !item.summaryEn).length + publicStatements.filter((s) => !s.textEn).length;
    expect(withoutEnglish).toBeGreaterThan(0);
    expect(withoutEnglish).toBeLessThanOrEqual(2);
  });

  test("every demand's status is the last step of its history, and every official was in post on the day met", async () => {
    const demands = await db.demand.findMany({
      select: { titleFr: true, status: true, statusDate: true, raisedOn: true, statusChanges: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: { status: true, date: true } } },
    });
    expect(demands.length).toBeGreaterThanOrEqual(15);
    for (const demand of demands) {
      const last = demand.statusChanges.at(-1);
      expect(last, demand.titleFr).toBeDefined();
      expect([demand.status, iso(demand.statusDate)], demand.titleFr).toEqual([last!.status, iso(last!.date)]);
      expect(iso(demand.raisedOn), demand.titleFr).toBe(iso(demand.statusChanges[0]!.date));
    }

    const presences = await db.meetingOfficial.findMany({ select: { meeting: { select: { startsAt: true } }, position: { select: { startDate: true, endDate: true } } } });
    for (const { meeting, position } of presences) {
      const parisDay = day(new Date(meeting.startsAt.getTime() + 2 * 3_600_000).toISOString().slice(0, 10));
      if (position.startDate) expect(position.startDate.getTime()).toBeLessThanOrEqual(parisDay.getTime());
      if (position.endDate) expect(position.endDate.getTime()).toBeGreaterThanOrEqual(parisDay.getTime());
    }
  });

  test("no seeded text holds a personal e-mail address or a phone number", async () => {
    const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type = 'text'
        AND table_name <> '_prisma_migrations' AND column_name NOT IN ('id', 'passwordHash') AND column_name NOT LIKE '%Id'`;
    expect(columns.length).toBeGreaterThan(20);
    const emails = new Set<string>();
    const phones = new Set<string>();
    for (const { table_name, column_name } of columns) {
      const rows = await db.$queryRawUnsafe<{ value: string }[]>(
        `SELECT "${column_name}" AS value FROM "${table_name}" WHERE "${column_name}" IS NOT NULL`,
      );
      for (const { value } of rows) {
        for (const match of value.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)) emails.add(match[0]);
        for (const match of value.matchAll(/(\+33\s?|\b0)[1-9]([\s.-]?\d{2}){4}\b/g)) phones.add(match[0]);
      }
    }
    expect([...emails].filter((email) => !email.endsWith("@example.org") && email !== "contre.la.traite@secours-catholique.org")).toEqual([]);
    expect([...phones]).toEqual([]);
  });

  test("the seed leaves one audit entry per kind of record it created", async () => {
    const entries = await db.auditEntry.findMany({ where: { action: "seed" }, select: { entityType: true, changes: true } });
    const types = entries.map((e) => e.entityType);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(expect.arrayContaining(["Organisation", "Institution", "Person", "Position", "Meeting", "Letter", "Statement", "Demand", "DemandStatusChange", "Commitment", "Action", "User"]));
    const meetings = entries.find((e) => e.entityType === "Meeting");
    expect(meetings?.changes).toEqual({ created: await db.meeting.count() });
  });
});
