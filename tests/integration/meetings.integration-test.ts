import { beforeAll, describe, expect, test } from "vitest";
import { parseMeetingListParams } from "@/lib/meetings/schema";
import { findMeetings, getMeeting } from "@/lib/meetings/queries";
import { EXPORT_WINDOW } from "@/lib/lists/window";
import { actorOf, makeInstitution, makeMeeting, makeOrganisation, makePerson, makePosition, uniqueTag } from "../support/make";

const coordinator = actorOf("COORDINATOR");
const member = actorOf("MEMBER");
const observer = actorOf("OBSERVER");

describe("meetings as each role sees them", () => {
  const tag = uniqueTag("meet");
  let membersMeeting: { id: string };
  let coordinationMeeting: { id: string };
  let publicMeeting: { id: string };

  beforeAll(async () => {
    membersMeeting = await makeMeeting({ titleFr: `Plénière ${tag}`, visibility: "MEMBERS", confidentialNotes: "Ne pas diffuser" });
    coordinationMeeting = await makeMeeting({ titleFr: `Préparation ${tag}`, visibility: "COORDINATION" });
    publicMeeting = await makeMeeting({ titleFr: `Rencontre publique ${tag}`, visibility: "PUBLIC" });
  });

  test("a member and an observer never get a coordination meeting, from the list or by its id", async () => {
    for (const actor of [member, observer]) {
      const page = await findMeetings(actor, parseMeetingListParams({ q: tag }));
      expect(page.rows.map((row) => row.id).sort()).toEqual([membersMeeting.id, publicMeeting.id].sort());
      expect(page.total).toBe(2);
      expect(await getMeeting(actor, coordinationMeeting.id)).toBeNull();
      // Asking for the coordination level explicitly gives nothing, not an error.
      expect((await findMeetings(actor, parseMeetingListParams({ q: tag, visibility: "COORDINATION" }))).total).toBe(0);
    }
  });

  test("an observer reads a meeting for members", async () => {
    expect((await getMeeting(observer, membersMeeting.id))?.id).toBe(membersMeeting.id);
  });

  test("the coordinator sees all three, and the confidential notes", async () => {
    expect((await findMeetings(coordinator, parseMeetingListParams({ q: tag }))).total).toBe(3);
    expect((await getMeeting(coordinator, membersMeeting.id))?.confidentialNotes).toBe("Ne pas diffuser");
  });

  test("a member's meeting has no confidential notes at all, not even an empty key", async () => {
    const meeting = await getMeeting(member, membersMeeting.id);
    expect(meeting).not.toBeNull();
    expect(Object.keys(meeting!)).not.toContain("confidentialNotes");
    expect(JSON.stringify(meeting)).not.toContain("Ne pas diffuser");
  });

  test("an anonymous visitor is refused by the data layer itself", async () => {
    await expect(findMeetings(null, parseMeetingListParams({}))).rejects.toThrow("UNAUTHENTICATED");
    await expect(getMeeting(null, publicMeeting.id)).rejects.toThrow("UNAUTHENTICATED");
  });
});

describe("narrowing the meetings list", () => {
  const tag = uniqueTag("filt");
  let interior: { id: string };
  let held: { id: string };
  let planned: { id: string };

  beforeAll(async () => {
    interior = await makeInstitution({ name: `Ministère de l'Intérieur ${tag}` });
    held = await makeMeeting({ titleFr: `Rencontre ${tag} au ministère`, status: "HELD", startsAt: new Date("2014-09-23T14:00:00Z"), institutionIds: [interior.id] });
    planned = await makeMeeting({ titleFr: `Plénière ${tag}`, status: "PLANNED", kind: "PLENARY", place: "Secours Catholique, Paris", startsAt: new Date("2014-11-07T09:00:00Z") });
  });

  test("filters by status, kind, institution and date range", async () => {
    const ids = async (raw: Record<string, string>) => (await findMeetings(member, parseMeetingListParams({ q: tag, ...raw }))).rows.map((r) => r.id);
    expect(await ids({ status: "PLANNED" })).toEqual([planned.id]);
    expect(await ids({ kind: "GOVERNMENT" })).toEqual([held.id]);
    expect(await ids({ institution: interior.id })).toEqual([held.id]);
    expect(await ids({ from: "2014-10-01" })).toEqual([planned.id]);
    expect(await ids({ to: "2014-09-23" })).toEqual([held.id]);
  });

  test("searches the title and the place, whatever the case", async () => {
    const search = async (q: string) => (await findMeetings(member, parseMeetingListParams({ q }))).rows.map((r) => r.id);
    expect(await search(tag.toUpperCase())).toHaveLength(2);
    expect(await search(`${tag} AU MINISTÈRE`)).toEqual([held.id]);
  });

  test("invalid filters fall back to no filter instead of failing", async () => {
    const params = parseMeetingListParams({ q: tag, status: "NOPE", from: "2014-13-45", page: "-3", institution: "'; drop" });
    expect(params.filters).toMatchObject({ status: undefined, from: undefined, institution: undefined });
    expect(params.page).toBe(1);
    expect((await findMeetings(member, params)).total).toBe(2);
  });
});

describe("paginating meetings", () => {
  const tag = uniqueTag("page");

  beforeAll(async () => {
    // 30 meetings a day apart: page 1 has the 25 newest, page 2 the 5 oldest.
    for (let day = 0; day < 30; day++) {
      await makeMeeting({ titleFr: `Réunion ${tag} n°${day}`, startsAt: new Date(Date.UTC(2015, 0, 1 + day, 10)) });
    }
  });

  test("page 2 has the rest, in the same order, with the total count", async () => {
    const first = await findMeetings(member, parseMeetingListParams({ q: tag }));
    const second = await findMeetings(member, parseMeetingListParams({ q: tag, page: "2" }));
    expect(first.total).toBe(30);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(25);
    expect(second.page).toBe(2);
    expect(second.rows.map((r) => r.titleFr)).toEqual([4, 3, 2, 1, 0].map((n) => `Réunion ${tag} n°${n}`));
    const all = await findMeetings(member, parseMeetingListParams({ q: tag }), EXPORT_WINDOW);
    expect(all.rows.map((r) => r.id)).toEqual([...first.rows, ...second.rows].map((r) => r.id));
  });
});

describe("a meeting's page", () => {
  test("shows the officials with the title they held that day, and the delegation with its people", async () => {
    const tag = uniqueTag("det");
    const interior = await makeInstitution({ name: `Ministère de l'Intérieur ${tag}` });
    const minister = await makePerson({ firstName: "Bernard", lastName: `Cazeneuve ${tag}` });
    const thatDay = await makePosition({ personId: minister.id, institutionId: interior.id, title: "Ministre de l'Intérieur", startDate: new Date("2014-04-02"), endDate: new Date("2016-12-06") });
    await makePosition({ personId: minister.id, institutionId: interior.id, title: "Premier ministre", startDate: new Date("2016-12-06") });
    const association = await makeOrganisation({ name: `Hors la Rue ${tag}` });
    const delegate = await makePerson({ lastName: `Déléguée ${tag}`, organisationId: association.id });
    const meeting = await makeMeeting({
      titleFr: `Rencontre avec le ministre ${tag}`,
      institutionIds: [interior.id],
      positionIds: [thatDay.id],
      organisationIds: [association.id],
      delegatePersonIds: [delegate.id],
    });
    const detail = await getMeeting(member, meeting.id);
    expect(detail?.officials.map((o) => [o.position.person.lastName, o.position.title])).toEqual([[minister.lastName, "Ministre de l'Intérieur"]]);
    expect(detail?.delegation).toEqual([{ organisation: expect.objectContaining({ id: association.id }), people: [expect.objectContaining({ id: delegate.id })] }]);
    expect(detail?.institutions.map((i) => i.institution.id)).toEqual([interior.id]);
  });
});

describe("exporting meetings as CSV", () => {
  test("the export of a filtered list has exactly the rows the pages show, with a BOM and a header row", async () => {
    const { LIST_EXPORTS } = await import("@/lib/exports/registry");
    const { messages } = await import("@/lib/i18n/messages");
    const tag = uniqueTag("csv");
    for (let day = 0; day < 27; day++) {
      await makeMeeting({ titleFr: `Réunion ${tag} n°${day}`, status: day % 3 === 0 ? "CANCELLED" : "HELD", startsAt: new Date(Date.UTC(2016, 0, 1 + day, 10)) });
    }
    await makeMeeting({ titleFr: `Réunion ${tag} secrète`, visibility: "COORDINATION", status: "HELD" });
    const raw = { q: tag, status: "HELD" };
    const csv = await LIST_EXPORTS.meetings({ actor: member, searchParams: new URLSearchParams(raw), locale: "fr", t: messages.fr });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Date et heure,Titre,Type,Statut,Lieu,Institutions,Visibilité");
    const titles = lines.slice(1).map((line) => line.split(",")[1]);
    const pages = [await findMeetings(member, parseMeetingListParams(raw)), await findMeetings(member, parseMeetingListParams({ ...raw, page: "2" }))];
    expect(pages[0].total).toBe(18);
    expect(titles).toEqual(pages.flatMap((page) => page.rows.map((row) => row.titleFr)));
    expect(csv).not.toContain("secrète");
  });
});
