import { describe, expect, test } from "vitest";
import { findActions } from "@/lib/actions/queries";
import { parseActionListParams } from "@/lib/actions/schema";
import { findLetters, getLetter } from "@/lib/letters/queries";
import { parseLetterListParams } from "@/lib/letters/schema";
import { actorOf, makeAction, makeInstitution, makeLetter, makeMeeting, makeOrganisation, uniqueTag } from "../support/make";

const member = actorOf("MEMBER");
const observer = actorOf("OBSERVER");
const coordinator = actorOf("COORDINATOR");

describe("letters", () => {
  test("a member and an observer never get a coordination letter; its notes are the coordinator's only", async () => {
    const tag = uniqueTag("let");
    const open = await makeLetter({ subjectFr: `Courrier ${tag}`, confidentialNotes: "Ton à adoucir" });
    const internal = await makeLetter({ subjectFr: `Brouillon ${tag}`, visibility: "COORDINATION" });
    for (const actor of [member, observer]) {
      expect((await findLetters(actor, parseLetterListParams({ q: tag }))).rows.map((r) => r.id)).toEqual([open.id]);
      expect(await getLetter(actor, internal.id)).toBeNull();
      const letter = await getLetter(actor, open.id);
      expect(letter && "confidentialNotes" in letter).toBe(false);
    }
    const letter = await getLetter(coordinator, open.id);
    expect(letter && "confidentialNotes" in letter ? letter.confidentialNotes : undefined).toBe("Ton à adoucir");
  });

  test("awaiting a reply: sent, with a reply date, and no reply yet; past the date it is overdue", async () => {
    const tag = uniqueTag("await");
    const ministry = await makeInstitution();
    const unanswered = await makeLetter({ subjectFr: `Relance ${tag}`, replyExpectedBy: new Date("2015-05-21"), recipientInstitutionIds: [ministry.id] });
    const answered = await makeLetter({ subjectFr: `Demande ${tag}`, replyExpectedBy: new Date("2015-05-21") });
    await makeLetter({ subjectFr: `Réponse ${tag}`, direction: "RECEIVED", inReplyToId: answered.id, date: new Date("2015-05-10") });
    const page = await findLetters(member, parseLetterListParams({ q: tag, awaiting: "1" }));
    expect(page.rows.map((r) => r.id)).toEqual([unanswered.id]);
    expect(page.rows[0].overdue).toBe(true);
    expect((await findLetters(member, parseLetterListParams({ q: tag, institution: ministry.id }))).rows.map((r) => r.id)).toEqual([unanswered.id]);
    expect((await findLetters(member, parseLetterListParams({ q: tag, direction: "RECEIVED" }))).total).toBe(1);
    const detail = await getLetter(member, answered.id);
    expect(detail?.replies.map((r) => r.subjectFr)).toEqual([`Réponse ${tag}`]);
  });
});

describe("follow-up actions", () => {
  test("lists only visible actions, filtered by status, organisation and due date; a hidden meeting is not linked", async () => {
    const tag = uniqueTag("act");
    const oicem = await makeOrganisation({ name: `OICEM ${tag}` });
    const internalMeeting = await makeMeeting({ visibility: "COORDINATION" });
    const mine = await makeAction({ title: `Envoyer le rapport ${tag}`, assigneeOrganisationId: oicem.id, dueOn: new Date("2014-10-15"), meetingId: internalMeeting.id });
    const done = await makeAction({ title: `Contact public ${tag}`, status: "DONE", dueOn: new Date("2014-12-01") });
    await makeAction({ title: `Préparer ${tag}`, visibility: "COORDINATION" });
    const ids = async (raw: Record<string, string>) => (await findActions(member, parseActionListParams({ q: tag, ...raw }))).rows.map((r) => r.id);
    expect(await ids({})).toEqual([mine.id, done.id]);
    expect(await ids({ status: "DONE" })).toEqual([done.id]);
    expect(await ids({ organisation: oicem.id })).toEqual([mine.id]);
    expect(await ids({ dueBefore: "2014-10-15" })).toEqual([mine.id]);
    const [row] = (await findActions(member, parseActionListParams({ q: tag, organisation: oicem.id }))).rows;
    expect(row.meeting).toBeNull();
    expect(row.overdue).toBe(true);
  });
});
