import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { commitmentTiming, findDemands, getDemand } from "@/lib/demands/queries";
import { parseDemandListParams } from "@/lib/demands/schema";
import { actorOf, makeDemand, makeInstitution, makeLetter, makeMeeting, makePerson, makePosition, makeTheme, uniqueTag } from "../support/make";

const member = actorOf("MEMBER");
const observer = actorOf("OBSERVER");
const coordinator = actorOf("COORDINATOR");

describe("demands", () => {
  test("a member and an observer never get a coordination demand; an observer reads a members' one", async () => {
    const tag = uniqueTag("dem");
    const forMembers = await makeDemand({ titleFr: `Hébergement ${tag}`, visibility: "MEMBERS" });
    const internal = await makeDemand({ titleFr: `Stratégie ${tag}`, visibility: "COORDINATION" });
    for (const actor of [member, observer]) {
      expect((await findDemands(actor, parseDemandListParams({ q: tag }))).rows.map((r) => r.id)).toEqual([forMembers.id]);
      expect(await getDemand(actor, internal.id)).toBeNull();
      expect((await getDemand(actor, forMembers.id))?.id).toBe(forMembers.id);
    }
    expect((await findDemands(coordinator, parseDemandListParams({ q: tag }))).total).toBe(2);
  });

  test("filters by status, theme and institution targeted", async () => {
    const tag = uniqueTag("demf");
    const theme = await makeTheme();
    const ministry = await makeInstitution();
    const promised = await makeDemand({ titleFr: `Formation ${tag}`, status: "PROMISED", themeIds: [theme.id] });
    const raised = await makeDemand({ titleFr: `Mineurs ${tag}`, institutionIds: [ministry.id] });
    const ids = async (raw: Record<string, string>) => (await findDemands(member, parseDemandListParams({ q: tag, ...raw }))).rows.map((r) => r.id);
    expect(await ids({ status: "PROMISED" })).toEqual([promised.id]);
    expect(await ids({ theme: theme.id })).toEqual([promised.id]);
    expect(await ids({ institution: ministry.id })).toEqual([raised.id]);
  });

  test("a demand's whole life: its steps in date order, sources the reader may not see left out, the commitment kept late", async () => {
    const tag = uniqueTag("life");
    const interior = await makeInstitution();
    const adviser = await makePerson();
    const position = await makePosition({ personId: adviser.id, institutionId: interior.id, title: "Conseiller immigration et asile" });
    const meeting = await makeMeeting({ titleFr: `Rencontre ${tag}` });
    const reminder = await makeLetter({ subjectFr: `Rappel ${tag}`, date: new Date("2015-04-21") });
    const secret = await makeLetter({ subjectFr: `Note interne ${tag}`, visibility: "COORDINATION" });
    const demand = await makeDemand({ titleFr: `Instruction aux préfets ${tag}`, status: "MET" });
    await db.demandStatusChange.createMany({
      data: [
        { demandId: demand.id, status: "MET", date: new Date("2015-05-19"), noteFr: "Instruction publiée", sourceLetterId: secret.id },
        { demandId: demand.id, status: "RAISED", date: new Date("2014-09-23"), noteFr: "Demandée", sourceMeetingId: meeting.id },
        { demandId: demand.id, status: "PROMISED", date: new Date("2014-10-23"), noteFr: "Promise pour fin 2014" },
        { demandId: demand.id, status: "IN_PROGRESS", date: new Date("2015-04-21"), noteFr: "Rappel", sourceLetterId: reminder.id },
      ],
    });
    await db.commitment.create({
      data: {
        demandId: demand.id,
        descriptionFr: "Instruction aux préfets",
        promisedByPersonId: adviser.id,
        promisedByPositionId: position.id,
        promisedOn: new Date("2014-10-23"),
        dueOn: new Date("2014-12-31"),
        keptOn: new Date("2015-05-19"),
        status: "KEPT",
      },
    });
    const detail = await getDemand(member, demand.id);
    expect(detail?.statusChanges.map((c) => c.status)).toEqual(["RAISED", "PROMISED", "IN_PROGRESS", "MET"]);
    expect(detail?.statusChanges[0].sourceMeeting?.id).toBe(meeting.id);
    expect(detail?.statusChanges[2].sourceLetter?.id).toBe(reminder.id);
    expect(detail?.statusChanges[3].sourceLetter).toBeNull();
    expect(JSON.stringify(detail)).not.toContain("Note interne");
    expect(detail?.commitments[0].timing).toEqual({ kind: "kept-late", days: 139 });
    expect(detail?.commitments[0].promisedByPosition?.title).toBe("Conseiller immigration et asile");
  });

  test("a pending commitment past its due date is overdue", () => {
    const today = new Date("2015-01-10");
    expect(commitmentTiming({ status: "PENDING", dueOn: new Date("2014-12-31"), keptOn: null }, today)).toEqual({ kind: "overdue", days: 10 });
    expect(commitmentTiming({ status: "PENDING", dueOn: new Date("2015-02-01"), keptOn: null }, today)).toEqual({ kind: "pending" });
  });
});
