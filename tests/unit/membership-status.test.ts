import { describe, expect, test } from "vitest";
import { deriveMembershipStatus, type MembershipEventFact } from "@/lib/organisations/membership-status";

const on = (date: string, kind: MembershipEventFact["kind"], voteResult: MembershipEventFact["voteResult"] = null): MembershipEventFact => ({
  kind,
  date: new Date(`${date}T00:00:00.000Z`),
  voteResult,
});

describe("an organisation's status follows from its membership history", () => {
  test("no history, no status: an organisation the Collective only works with", () => {
    expect(deriveMembershipStatus([])).toBeNull();
  });

  test("welcomed as an observer: OBSERVER", () => {
    expect(deriveMembershipStatus([on("2014-09-29", "OBSERVER_SINCE")])).toBe("OBSERVER");
  });

  test("admitted by the vote a year later: MEMBER", () => {
    expect(deriveMembershipStatus([on("2014-09-29", "OBSERVER_SINCE"), on("2015-09-29", "ADMISSION_VOTE", "ADMITTED")])).toBe("MEMBER");
  });

  test("a postponed vote leaves an observer an observer", () => {
    expect(deriveMembershipStatus([on("2014-09-29", "OBSERVER_SINCE"), on("2015-09-29", "ADMISSION_VOTE", "POSTPONED")])).toBe("OBSERVER");
  });

  test("a refused vote ends the observer's year: FORMER", () => {
    expect(deriveMembershipStatus([on("2014-09-29", "OBSERVER_SINCE"), on("2015-09-29", "ADMISSION_VOTE", "REFUSED")])).toBe("FORMER");
  });

  test("a member who left: FORMER; one who came back: MEMBER", () => {
    const left = [on("2013-10-18", "MEMBER_SINCE"), on("2016-01-10", "LEFT")];
    expect(deriveMembershipStatus(left)).toBe("FORMER");
    expect(deriveMembershipStatus([...left, on("2018-03-01", "MEMBER_SINCE")])).toBe("MEMBER");
  });

  test("events are replayed in date order, whatever the order they were recorded in", () => {
    expect(deriveMembershipStatus([on("2016-01-10", "LEFT"), on("2014-09-29", "OBSERVER_SINCE"), on("2015-09-29", "ADMISSION_VOTE", "ADMITTED")])).toBe(
      "FORMER",
    );
    expect(deriveMembershipStatus([on("2015-09-29", "ADMISSION_VOTE", "ADMITTED"), on("2014-09-29", "OBSERVER_SINCE")])).toBe("MEMBER");
  });

  test("on the same day, the vote comes after becoming an observer and leaving comes last", () => {
    expect(deriveMembershipStatus([on("2015-09-29", "ADMISSION_VOTE", "ADMITTED"), on("2015-09-29", "OBSERVER_SINCE")])).toBe("MEMBER");
    expect(deriveMembershipStatus([on("2016-01-10", "LEFT"), on("2016-01-10", "MEMBER_SINCE")])).toBe("FORMER");
  });

  test("an observer again after leaving: OBSERVER", () => {
    expect(deriveMembershipStatus([on("2013-01-01", "MEMBER_SINCE"), on("2014-01-01", "LEFT"), on("2017-05-01", "OBSERVER_SINCE")])).toBe("OBSERVER");
  });
});
