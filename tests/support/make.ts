// Factories for tests: each makes one record with unique names, so tests share a database without
// stepping on each other (or on the demo data). Only the fields a test cares about need be given.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/** A word found nowhere else in the database: put it in titles, then search for it. */
export function uniqueTag(label = "t"): string {
  return `${label}${randomBytes(5).toString("hex")}`;
}

/** An actor as the data layer sees it (no account row is needed to read). */
export function actorOf(role: Role, organisationId: string | null = null): NonNullable<Actor> {
  const id = uniqueTag("user");
  return { id, role, organisationId, name: `Test ${role}`, email: `${id}@example.org` };
}

export function makeOrganisation(data: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  const tag = uniqueTag("org");
  return db.organisation.create({ data: { name: `Association ${tag}`, slug: tag, status: "MEMBER", ...data } });
}

export function makeInstitution(data: Partial<Prisma.InstitutionUncheckedCreateInput> = {}) {
  return db.institution.create({ data: { name: `Ministère ${uniqueTag("inst")}`, kind: "MINISTRY", ...data } });
}

export function makePerson(data: Partial<Prisma.PersonUncheckedCreateInput> = {}) {
  return db.person.create({ data: { firstName: "Camille", lastName: `Durand ${uniqueTag("p")}`, ...data } });
}

export function makePosition(data: Pick<Prisma.PositionUncheckedCreateInput, "personId" | "institutionId"> & Partial<Prisma.PositionUncheckedCreateInput>) {
  return db.position.create({ data: { title: "Conseiller", ...data } });
}

export function makeCampaign(data: Partial<Prisma.CampaignUncheckedCreateInput> = {}) {
  const tag = uniqueTag("camp");
  return db.campaign.create({ data: { slug: tag, nameFr: `Dossier ${tag}`, ...data } });
}

export function makeTheme(data: Partial<Prisma.ThemeUncheckedCreateInput> = {}) {
  const tag = uniqueTag("theme");
  return db.theme.create({ data: { slug: tag, nameFr: `Thème ${tag}`, nameEn: `Theme ${tag}`, ...data } });
}

type MeetingInput = Partial<Prisma.MeetingUncheckedCreateInput> & {
  institutionIds?: string[];
  positionIds?: string[];
  organisationIds?: string[];
  delegatePersonIds?: string[];
};

export function makeMeeting({ institutionIds = [], positionIds = [], organisationIds = [], delegatePersonIds = [], ...data }: MeetingInput = {}) {
  return db.meeting.create({
    data: {
      titleFr: `Rencontre ${uniqueTag("m")}`,
      startsAt: new Date("2014-09-23T14:00:00Z"),
      kind: "GOVERNMENT",
      status: "HELD",
      visibility: "MEMBERS",
      ...data,
      institutions: { create: institutionIds.map((institutionId) => ({ institutionId })) },
      officials: { create: positionIds.map((positionId) => ({ positionId })) },
      delegation: { create: organisationIds.map((organisationId) => ({ organisationId })) },
      delegates: { create: delegatePersonIds.map((personId) => ({ personId })) },
    },
  });
}

type DemandInput = Partial<Prisma.DemandUncheckedCreateInput> & { themeIds?: string[]; institutionIds?: string[] };

export function makeDemand({ themeIds = [], institutionIds = [], ...data }: DemandInput = {}) {
  const raisedOn = new Date("2014-06-01");
  return db.demand.create({
    data: {
      titleFr: `Revendication ${uniqueTag("d")}`,
      raisedOn,
      statusDate: raisedOn,
      ...data,
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
      targets: { create: institutionIds.map((institutionId) => ({ institutionId })) },
    },
  });
}

type LetterInput = Partial<Prisma.LetterUncheckedCreateInput> & { recipientInstitutionIds?: string[] };

export function makeLetter({ recipientInstitutionIds = [], ...data }: LetterInput = {}) {
  return db.letter.create({
    data: {
      direction: "SENT",
      date: new Date("2015-04-21"),
      subjectFr: `Courrier ${uniqueTag("l")}`,
      ...data,
      recipients: { create: recipientInstitutionIds.map((institutionId) => ({ institutionId })) },
    },
  });
}

export function makeStatement(data: Partial<Prisma.StatementUncheckedCreateInput> = {}) {
  return db.statement.create({
    data: { date: new Date("2018-02-21"), titleFr: `Communiqué ${uniqueTag("s")}`, textFr: "Le Collectif demande…", ...data },
  });
}

export function makeAction(data: Partial<Prisma.ActionUncheckedCreateInput> = {}) {
  return db.action.create({ data: { title: `Action ${uniqueTag("a")}`, ...data } });
}
