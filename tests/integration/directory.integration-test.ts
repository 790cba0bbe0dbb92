// Organisations, institutions and people: the directory behind the meetings.
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { findInstitutions, getInstitution } from "@/lib/institutions/queries";
import { parseInstitutionListParams } from "@/lib/institutions/schema";
import { findOrganisations, getOrganisation } from "@/lib/organisations/queries";
import { parseOrganisationListParams } from "@/lib/organisations/schema";
import { findPeople, getPerson } from "@/lib/people/queries";
import { parsePersonListParams } from "@/lib/people/schema";
import { actorOf, makeInstitution, makeMeeting, makeOrganisation, makePerson, makePosition, uniqueTag } from "../support/make";

const member = actorOf("MEMBER");

describe("the directory", () => {
  test("an organisation's page: membership history in order, people, and only the meetings the reader may see", async () => {
    const tag = uniqueTag("orgd");
    const organisation = await makeOrganisation({ name: `SOS Esclaves ${tag}`, status: "OBSERVER" });
    await makeOrganisation({ name: `CCEM ${tag}`, status: "MEMBER" });
    await db.membershipEvent.createMany({
      data: [
        { organisationId: organisation.id, kind: "ADMISSION_VOTE", date: new Date("2015-09-29"), voteResult: "ADMITTED" },
        { organisationId: organisation.id, kind: "OBSERVER_SINCE", date: new Date("2014-09-29") },
      ],
    });
    const staff = await makePerson({ organisationId: organisation.id });
    const seen = await makeMeeting({ organisationIds: [organisation.id] });
    await makeMeeting({ organisationIds: [organisation.id], visibility: "COORDINATION" });
    const page = await findOrganisations(member, parseOrganisationListParams({ q: tag, status: "OBSERVER" }));
    expect(page.rows.map((r) => r.id)).toEqual([organisation.id]);
    const detail = await getOrganisation(member, organisation.id);
    expect(detail?.membershipEvents.map((e) => e.kind)).toEqual(["OBSERVER_SINCE", "ADMISSION_VOTE"]);
    expect(detail?.people.map((p) => p.id)).toEqual([staff.id]);
    expect(detail?.meetingDelegation.map((d) => d.meeting.id)).toEqual([seen.id]);
    expect(detail?._count.meetingDelegation).toBe(1);
  });

  test("an institution's page: its successor and predecessors, people in post and past", async () => {
    const tag = uniqueTag("inst");
    const successor = await makeInstitution({ name: `Ministère des Familles ${tag}` });
    const ministry = await makeInstitution({ name: `Ministère des Droits des femmes ${tag}`, successorId: successor.id, endedOn: new Date("2016-02-11") });
    const before = await makeInstitution({ name: `Secrétariat d'État ${tag}`, kind: "OTHER", successorId: ministry.id });
    const current = await makePerson();
    const former = await makePerson();
    await makePosition({ personId: current.id, institutionId: ministry.id, title: "Conseillère", startDate: new Date("2015-01-01") });
    await makePosition({ personId: former.id, institutionId: ministry.id, title: "Ministre", startDate: new Date("2012-05-16"), endDate: new Date("2014-04-02") });
    expect((await findInstitutions(member, parseInstitutionListParams({ q: tag, kind: "OTHER" }))).rows.map((r) => r.id)).toEqual([before.id]);
    const detail = await getInstitution(member, ministry.id);
    expect(detail?.successor?.id).toBe(successor.id);
    expect(detail?.predecessors.map((p) => p.id)).toEqual([before.id]);
    expect(detail?.currentPositions.map((p) => p.person.id)).toEqual([current.id]);
    expect(detail?.pastPositions.map((p) => p.person.id)).toEqual([former.id]);
  });

  test("a person's page: positions over time and every meeting attended, as official or delegate", async () => {
    const tag = uniqueTag("pers");
    const interior = await makeInstitution();
    const person = await makePerson({ firstName: "Bernard", lastName: `Cazeneuve${tag}` });
    const minister = await makePosition({ personId: person.id, institutionId: interior.id, title: "Ministre de l'Intérieur", startDate: new Date("2014-04-02"), endDate: new Date("2016-12-06") });
    await makePosition({ personId: person.id, institutionId: interior.id, title: "Premier ministre", startDate: new Date("2016-12-06") });
    const met = await makeMeeting({ positionIds: [minister.id], startsAt: new Date("2014-09-23T14:00:00Z") });
    const went = await makeMeeting({ delegatePersonIds: [person.id], startsAt: new Date("2017-01-10T14:00:00Z") });
    await makeMeeting({ delegatePersonIds: [person.id], visibility: "COORDINATION" });
    expect((await findPeople(member, parsePersonListParams({ q: `bernard cazeneuve${tag}` }))).rows.map((r) => r.id)).toEqual([person.id]);
    expect((await findPeople(member, parsePersonListParams({ q: tag, institution: interior.id }))).total).toBe(1);
    const detail = await getPerson(member, person.id);
    expect(detail?.positions.map((p) => p.title)).toEqual(["Premier ministre", "Ministre de l'Intérieur"]);
    expect(detail?.meetings.map((m) => [m.meeting.id, m.as, m.title])).toEqual([
      [went.id, "delegate", null],
      [met.id, "official", "Ministre de l'Intérieur"],
    ]);
  });
});
