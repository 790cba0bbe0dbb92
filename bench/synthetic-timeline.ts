// A synthetic data set for the public timeline benchmark, used when the large data set of
// `npm run seed:large` is not there: a few thousand items over twelve years, half of them public.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";

const id = () => `c${randomBytes(12).toString("hex")}`;
const pick = <T>(items: T[], n: number) => items[n % items.length];
const day = (year: number, n: number) => new Date(Date.UTC(year, n % 12, 1 + (n % 28)));

export async function seedSyntheticTimeline(prisma: PrismaClient, scale = 1): Promise<{ publicItems: number }> {
  const institutions = Array.from({ length: 20 }, (_, n) => ({
    id: id(),
    name: `Ministère synthétique ${n + 1}`,
    nameEn: `Synthetic Ministry ${n + 1}`,
    kind: "MINISTRY" as const,
  }));
  const campaigns = Array.from({ length: 6 }, (_, n) => ({
    id: id(),
    slug: `dossier-synthetique-${n + 1}`,
    nameFr: `Dossier synthétique ${n + 1}`,
    nameEn: n % 2 ? null : `Synthetic campaign ${n + 1}`,
    visibility: n === 5 ? ("MEMBERS" as const) : ("PUBLIC" as const),
  }));
  const themes = Array.from({ length: 8 }, (_, n) => ({ id: id(), slug: `theme-synthetique-${n + 1}`, nameFr: `Thème ${n + 1}`, nameEn: `Theme ${n + 1}` }));
  await prisma.institution.createMany({ data: institutions });
  await prisma.campaign.createMany({ data: campaigns });
  await prisma.theme.createMany({ data: themes });

  const visibility = (n: number) => (n % 2 === 0 ? ("PUBLIC" as const) : n % 4 === 1 ? ("MEMBERS" as const) : ("COORDINATION" as const));
  const text = (n: number, lang: string) =>
    `${lang === "fr" ? "Résumé public" : "Public summary"} ${n}: ${"Le Collectif a rappelé ses demandes sur l'hébergement et la protection des victimes. ".repeat(3)}`;

  const meetingCount = 1500 * scale;
  const meetings = Array.from({ length: meetingCount }, (_, n) => ({
    id: id(),
    titleFr: `Rencontre synthétique ${n}`,
    titleEn: n % 5 === 0 ? null : `Synthetic meeting ${n}`,
    startsAt: new Date(day(2010 + (n % 12), n).getTime() + 14 * 3600_000),
    kind: pick(["GOVERNMENT", "PLENARY", "PREPARATORY", "UNION_OR_PARTNER"] as const, n),
    status: "HELD" as const,
    visibility: visibility(n),
    summaryFr: text(n, "fr"),
    summaryEn: n % 3 === 0 ? null : text(n, "en"),
    report: `Compte-rendu interne ${n}`,
    confidentialNotes: `Notes confidentielles ${n}`,
    campaignId: pick(campaigns, n).id,
    publishedAt: n % 2 === 0 ? new Date() : null,
  }));
  await prisma.meeting.createMany({ data: meetings });
  await prisma.meetingInstitution.createMany({ data: meetings.map((m, n) => ({ meetingId: m.id, institutionId: pick(institutions, n).id })) });

  const letterCount = 1500 * scale;
  const letters = Array.from({ length: letterCount }, (_, n) => ({
    id: id(),
    direction: n % 3 === 0 ? ("RECEIVED" as const) : ("SENT" as const),
    date: day(2010 + (n % 12), n + 3),
    subjectFr: `Courrier synthétique ${n}`,
    subjectEn: n % 4 === 0 ? null : `Synthetic letter ${n}`,
    summaryFr: text(n, "fr"),
    summaryEn: n % 4 === 0 ? null : text(n, "en"),
    confidentialNotes: `Notes confidentielles du courrier ${n}`,
    visibility: visibility(n),
    campaignId: pick(campaigns, n + 1).id,
    publishedAt: n % 2 === 0 ? new Date() : null,
  }));
  await prisma.letter.createMany({ data: letters });
  await prisma.letterRecipient.createMany({ data: letters.map((l, n) => ({ id: id(), letterId: l.id, institutionId: pick(institutions, n + 7).id })) });

  const statementCount = 400 * scale;
  await prisma.statement.createMany({
    data: Array.from({ length: statementCount }, (_, n) => ({
      id: id(),
      date: day(2010 + (n % 12), n + 5),
      titleFr: `Prise de position synthétique ${n}`,
      titleEn: n % 3 === 0 ? null : `Synthetic statement ${n}`,
      textFr: text(n, "fr").repeat(4),
      textEn: n % 3 === 0 ? null : text(n, "en").repeat(4),
      visibility: visibility(n),
      campaignId: pick(campaigns, n + 2).id,
      publishedAt: n % 2 === 0 ? new Date() : null,
    })),
  });

  const demandCount = 200 * scale;
  const demands = Array.from({ length: demandCount }, (_, n) => ({
    id: id(),
    titleFr: `Demande synthétique ${n}`,
    titleEn: n % 4 === 0 ? null : `Synthetic demand ${n}`,
    descriptionFr: text(n, "fr"),
    status: "MET" as const,
    statusDate: day(2015, n),
    raisedOn: day(2011, n),
    visibility: visibility(n),
    campaignId: pick(campaigns, n + 3).id,
  }));
  await prisma.demand.createMany({ data: demands });
  await prisma.demandTheme.createMany({ data: demands.map((d, n) => ({ demandId: d.id, themeId: pick(themes, n).id })) });
  await prisma.demandTarget.createMany({ data: demands.map((d, n) => ({ demandId: d.id, institutionId: pick(institutions, n + 3).id })) });
  const statuses = ["RAISED", "PROMISED", "IN_PROGRESS", "MET"] as const;
  await prisma.demandStatusChange.createMany({
    data: demands.flatMap((d, n) =>
      statuses.map((status, step) => ({
        id: id(),
        demandId: d.id,
        status,
        date: day(2011 + step + (n % 8), n + step),
        noteFr: `Étape ${status} de la demande ${n}`,
        noteEn: step % 2 ? null : `Step ${status} of demand ${n}`,
        milestone: step !== 2,
      })),
    ),
  });
  const publicItems = Math.ceil(meetingCount / 2) + Math.ceil(letterCount / 2) + Math.ceil(statementCount / 2) + Math.ceil(demandCount / 2) * 3;
  return { publicItems };
}
