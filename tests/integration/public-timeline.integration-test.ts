import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { findFeedEntries, findLatestEntries, findPublicEntry, findTimelineFilterOptions, findTimelinePage } from "@/lib/public/queries";
import type { Visibility } from "@/lib/generated/prisma/enums";
import type { TimelineView } from "@/lib/public/timeline-view";
import { makeDemand, makeInstitution, makeLetter, makeMeeting, makeStatement, makeTheme } from "../support/make";

const id = () => `c${randomBytes(12).toString("hex")}`;
const run = randomBytes(3).toString("hex");

async function walk(view: TimelineView, pageSize: number) {
  const seen: string[] = [];
  let after = view.after;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await findTimelinePage({ ...view, after }, pageSize);
    seen.push(...page.entries.map((e) => `${e.kind}-${e.id}`));
    if (!page.next) return seen;
    after = page.next;
  }
  throw new Error("the pagination never ended");
}

/** A demand with a public milestone and an internal step on the day. */
async function demandWithSteps(when: Date, data: Parameters<typeof makeDemand>[0]) {
  const demand = await makeDemand({ raisedOn: when, statusDate: when, ...data });
  const milestone = await db.demandStatusChange.create({ data: { demandId: demand.id, status: "PROMISED", date: when, noteFr: "Étape publique", milestone: true } });
  await db.demandStatusChange.create({ data: { demandId: demand.id, status: "ACKNOWLEDGED", date: when, noteFr: "Étape interne", milestone: false } });
  return { demand, milestone };
}

describe("the public timeline", () => {
  test("pages through every public entry exactly once, newest first, and nothing that is not public", async () => {
    const sameDay = new Date(Date.UTC(2031, 4, 19));
    const campaign = await db.campaign.create({ data: { id: id(), slug: `tl-${run}`, nameFr: "Dossier test", visibility: "PUBLIC" } });
    const publicIds: string[] = [];
    const hiddenIds: string[] = [];
    for (let n = 0; n < 7; n++) {
      const visibility = n % 3 === 2 ? "MEMBERS" : "PUBLIC";
      const letter = await db.letter.create({
        data: { id: id(), direction: "SENT", date: n < 4 ? sameDay : new Date(Date.UTC(2031, 0, n)), subjectFr: `Courrier ${n}`, visibility, campaignId: campaign.id },
      });
      (visibility === "PUBLIC" ? publicIds : hiddenIds).push(`letter-${letter.id}`);
      const statement = await db.statement.create({
        data: { id: id(), date: sameDay, titleFr: `Position ${n}`, textFr: "Texte", visibility, campaignId: campaign.id },
      });
      (visibility === "PUBLIC" ? publicIds : hiddenIds).push(`statement-${statement.id}`);
      // Meetings at the very instant of the day's letters and statements, and at other times.
      const meeting = await db.meeting.create({
        data: {
          id: id(),
          titleFr: `Rencontre ${n}`,
          startsAt: n < 4 ? sameDay : new Date(Date.UTC(2031, 2, n, 9, 30)),
          kind: "GOVERNMENT",
          status: "HELD",
          visibility,
          campaignId: campaign.id,
        },
      });
      (visibility === "PUBLIC" ? publicIds : hiddenIds).push(`meeting-${meeting.id}`);
    }
    const cancelled = await db.meeting.create({
      data: { id: id(), titleFr: "Rencontre annulée", startsAt: sameDay, kind: "GOVERNMENT", status: "CANCELLED", visibility: "PUBLIC", campaignId: campaign.id },
    });
    hiddenIds.push(`meeting-${cancelled.id}`);
    const demand = await db.demand.create({
      data: { id: id(), titleFr: "Demande test", statusDate: sameDay, raisedOn: sameDay, visibility: "PUBLIC", campaignId: campaign.id },
    });
    const milestone = await db.demandStatusChange.create({ data: { demandId: demand.id, status: "MET", date: sameDay, noteFr: "Publiée", milestone: true } });
    const internalStep = await db.demandStatusChange.create({ data: { demandId: demand.id, status: "PROMISED", date: sameDay, noteFr: "Interne", milestone: false } });
    publicIds.push(`milestone-${milestone.id}`);
    hiddenIds.push(`milestone-${internalStep.id}`);

    expect(publicIds.filter((key) => key.startsWith("meeting-"))).toHaveLength(5);
    for (const pageSize of [1, 2, 3, 5, 50]) {
      const seen = await walk({ campaign: campaign.slug }, pageSize);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...publicIds].sort());
    }
    const all = await walk({}, 7);
    expect(new Set(all).size).toBe(all.length);
    for (const hidden of hiddenIds) expect(all).not.toContain(hidden);

    const first = await findTimelinePage({ year: 2031, campaign: campaign.slug }, 50);
    const dates = first.entries.map((e) => Date.parse(e.date));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  test("filtered by an institution: exactly the public meetings with it, letters to or from it and milestones of public demands targeting it", async () => {
    const institution = await makeInstitution();
    const other = await makeInstitution();
    const when = new Date(Date.UTC(2032, 2, 3));
    const meeting = (visibility: Visibility, institutionId: string, status: "HELD" | "CANCELLED" = "HELD") =>
      makeMeeting({ startsAt: when, status, visibility, institutionIds: [institutionId] });
    const letter = (visibility: Visibility, to: string | null, from: string | null = null) =>
      makeLetter({ date: when, visibility, direction: from ? "RECEIVED" : "SENT", senderInstitutionId: from, recipientInstitutionIds: to ? [to] : [] });
    const milestone = async (visibility: Visibility, institutionId: string) => (await demandWithSteps(when, { visibility, institutionIds: [institutionId] })).milestone;

    const expected = [
      `meeting-${(await meeting("PUBLIC", institution.id)).id}`,
      `letter-${(await letter("PUBLIC", institution.id)).id}`,
      `letter-${(await letter("PUBLIC", null, institution.id)).id}`,
      `milestone-${(await milestone("PUBLIC", institution.id)).id}`,
    ];
    // Not public, cancelled, or another institution's; and statements name no institution.
    await meeting("MEMBERS", institution.id);
    await meeting("PUBLIC", institution.id, "CANCELLED");
    await meeting("PUBLIC", other.id);
    await letter("MEMBERS", institution.id);
    await letter("PUBLIC", other.id);
    await milestone("MEMBERS", institution.id);
    await milestone("PUBLIC", other.id);
    await makeStatement({ date: when, visibility: "PUBLIC" });

    for (const pageSize of [1, 2, 20]) expect((await walk({ institution: institution.id }, pageSize)).sort()).toEqual([...expected].sort());
    expect(await walk({ institution: institution.id, year: 2031 }, 20)).toEqual([]);
  });

  test("filtered by a theme: exactly the milestones of its public demands, and the public meetings and letters that raised them", async () => {
    const theme = await makeTheme();
    const when = new Date(Date.UTC(2032, 4, 6));
    const themed = await demandWithSteps(when, { visibility: "PUBLIC", themeIds: [theme.id] });
    const themedInternal = await demandWithSteps(when, { visibility: "MEMBERS", themeIds: [theme.id] });
    const unthemed = await demandWithSteps(when, { visibility: "PUBLIC" });
    const meeting = (visibility: Visibility, demandId: string) => makeMeeting({ startsAt: when, visibility, demands: { create: { demandId } } });
    const letter = (visibility: Visibility, demandId: string) => makeLetter({ date: when, visibility, demands: { create: { demandId } } });

    const expected = [
      `milestone-${themed.milestone.id}`,
      `meeting-${(await meeting("PUBLIC", themed.demand.id)).id}`,
      `letter-${(await letter("PUBLIC", themed.demand.id)).id}`,
    ];
    await meeting("MEMBERS", themed.demand.id);
    await letter("MEMBERS", themed.demand.id);
    // A public meeting and letter that raised the theme's internal demand, or a demand without it.
    await meeting("PUBLIC", themedInternal.demand.id);
    await letter("PUBLIC", themedInternal.demand.id);
    await meeting("PUBLIC", unthemed.demand.id);
    await letter("PUBLIC", unthemed.demand.id);

    for (const pageSize of [1, 2, 20]) expect((await walk({ theme: theme.slug }, pageSize)).sort()).toEqual([...expected].sort());
  });

  test("a withdrawn or internal item has no public page, and a public item shows no internal field", async () => {
    const meeting = await db.meeting.create({
      data: {
        id: id(),
        titleFr: "Rencontre publique",
        startsAt: new Date(),
        kind: "GOVERNMENT",
        visibility: "PUBLIC",
        summaryFr: "Résumé public",
        report: `REPORT-${run}`,
        confidentialNotes: `CONFIDENTIAL-${run}`,
        agenda: `AGENDA-${run}`,
        documents: {
          create: [
            { titleFr: "Public", fileName: "a.pdf", mimeType: "application/pdf", sizeBytes: 496_200, sha256: "x", storageKey: `k-${id()}`, visibility: "PUBLIC" },
            { titleFr: `DOC-${run}`, fileName: "b.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "y", storageKey: `k-${id()}`, visibility: "MEMBERS" },
          ],
        },
      },
    });
    const entry = await findPublicEntry("meeting", meeting.id);
    expect(entry?.documents.map((d) => d.title.fr)).toEqual(["Public"]);
    expect(JSON.stringify(entry)).not.toMatch(new RegExp(run));

    await db.meeting.update({ where: { id: meeting.id }, data: { visibility: "MEMBERS" } });
    expect(await findPublicEntry("meeting", meeting.id)).toBeNull();
    expect(await findPublicEntry("letter", meeting.id)).toBeNull();
  });

  test("a statement's Markdown: the timeline shows its words without markers, its page and the feed get it whole", async () => {
    const textFr = "Le Collectif **demande** :\n\n- un *hébergement* adapté ;\n- la [formation](https://example.org) des professionnels.";
    const campaign = await db.campaign.create({ data: { id: id(), slug: `md-${run}`, nameFr: "Dossier Markdown", visibility: "PUBLIC" } });
    const statement = await db.statement.create({
      data: { id: id(), date: new Date(Date.UTC(2090, 2, 1)), titleFr: `Position ${run}`, textFr, visibility: "PUBLIC", campaignId: campaign.id },
    });
    const [listed] = (await findTimelinePage({ campaign: campaign.slug })).entries;
    expect(listed.summary.fr).toBe("Le Collectif demande : un hébergement adapté ; la formation des professionnels.");
    expect(listed.text).toBeUndefined();
    expect(await findPublicEntry("statement", statement.id)).toMatchObject({ body: { fr: textFr, en: null }, bodyFormat: "markdown" });
    expect((await findFeedEntries(10)).find((entry) => entry.id === statement.id)?.text).toEqual({ fr: textFr, en: null });
    expect((await findLatestEntries(10)).find((entry) => entry.id === statement.id)?.text).toBeUndefined();
  });

  test("a year runs from midnight on 1 January in Paris for meetings, and by calendar date for dated entries", async () => {
    const campaign = await db.campaign.create({ data: { id: id(), slug: `annee-${run}`, nameFr: "Dossier des années", visibility: "PUBLIC" } });
    // 00:30 on 1 January 2067 in Paris is 23:30 UTC on 31 December 2066.
    const meeting = await db.meeting.create({
      data: { id: id(), titleFr: "Rencontre du Nouvel An", startsAt: new Date("2066-12-31T23:30:00Z"), kind: "GOVERNMENT", visibility: "PUBLIC", campaignId: campaign.id },
    });
    const letter = await db.letter.create({
      data: { id: id(), direction: "SENT", date: new Date("2067-12-31"), subjectFr: "Courrier de la Saint-Sylvestre", visibility: "PUBLIC", campaignId: campaign.id },
    });
    const listed = async (year: number) => (await findTimelinePage({ year, campaign: campaign.slug })).entries.map((entry) => entry.id);
    expect(await listed(2067)).toEqual([letter.id, meeting.id]);
    expect(await listed(2066)).toEqual([]);
    expect(await listed(2068)).toEqual([]);
    const { years } = await findTimelineFilterOptions();
    expect(years).toContain(2067);
    expect(years).not.toContain(2066);
    expect(years).not.toContain(2068);
  });

  test("filter options name only what public entries use", async () => {
    const hiddenInstitution = await db.institution.create({ data: { id: id(), name: `Hidden institution ${run}`, kind: "MINISTRY" } });
    await db.meeting.create({
      data: {
        titleFr: "Rencontre de coordination",
        startsAt: new Date(Date.UTC(1991, 0, 1)),
        kind: "GOVERNMENT",
        visibility: "COORDINATION",
        institutions: { create: { institutionId: hiddenInstitution.id } },
      },
    });
    const options = await findTimelineFilterOptions();
    expect(options.institutions.map((i) => i.id)).not.toContain(hiddenInstitution.id);
    expect(options.years).not.toContain(1991);
  });
});
