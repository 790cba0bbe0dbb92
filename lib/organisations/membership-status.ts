// An organisation's membership status is never typed in: it follows from its history of events,
// replayed in date order. Pure, so that the rule is tested on its own and applied by every
// mutation that touches the history, in the same transaction.
import type { MembershipEventKind, MembershipStatus, VoteResult } from "@/lib/generated/prisma/enums";

export type MembershipEventFact = { kind: MembershipEventKind; date: Date; voteResult: VoteResult | null };

// Events of the same day happen in the order of an organisation's life: it becomes an observer,
// is voted on, becomes a member, leaves.
const SAME_DAY_ORDER: Record<MembershipEventKind, number> = { OBSERVER_SINCE: 0, ADMISSION_VOTE: 1, MEMBER_SINCE: 2, LEFT: 3 };

export function sortMembershipEvents<T extends MembershipEventFact>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.date.getTime() - b.date.getTime() || SAME_DAY_ORDER[a.kind] - SAME_DAY_ORDER[b.kind]);
}

/**
 * The status after these events, or null when there are none (an organisation the Collective
 * only works with). A vote that admits makes a member; a refusal ends the observer's year (FORMER);
 * a postponed vote changes nothing.
 */
export function deriveMembershipStatus(events: readonly MembershipEventFact[]): MembershipStatus | null {
  let status: MembershipStatus | null = null;
  for (const event of sortMembershipEvents(events)) {
    switch (event.kind) {
      case "OBSERVER_SINCE":
        status = "OBSERVER";
        break;
      case "MEMBER_SINCE":
        status = "MEMBER";
        break;
      case "LEFT":
        status = "FORMER";
        break;
      case "ADMISSION_VOTE":
        if (event.voteResult === "ADMITTED") status = "MEMBER";
        else if (event.voteResult === "REFUSED") status = "FORMER";
        break;
    }
  }
  return status;
}
