// The rules a position's dates must keep, checked inside the transaction that writes them.
import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parisDateTimeToInstant } from "@/lib/forms/fields";

const DAY = 86_400_000;

type Period = { startDate: Date | null; endDate: Date | null };

/** Inclusive periods, an open end reaching forever. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aStart = a.startDate?.getTime() ?? -Infinity;
  const aEnd = a.endDate?.getTime() ?? Infinity;
  const bStart = b.startDate?.getTime() ?? -Infinity;
  const bEnd = b.endDate?.getTime() ?? Infinity;
  return aStart <= bEnd && bStart <= aEnd;
}

const sameTitle = (a: string, b: string) => a.trim().toLocaleLowerCase("fr") === b.trim().toLocaleLowerCase("fr");

/**
 * Refuses a second position with the same title at the same institution over a period that
 * overlaps one the person already holds: the same job cannot be held twice at once.
 */
export async function assertNoOverlappingPosition(
  tx: Tx,
  candidate: Period & { personId: string; institutionId: string; title: string; excludeId?: string },
  field: string,
): Promise<void> {
  const others = await tx.position.findMany({
    where: { personId: candidate.personId, institutionId: candidate.institutionId, id: candidate.excludeId ? { not: candidate.excludeId } : undefined },
    select: { title: true, startDate: true, endDate: true },
  });
  if (others.some((other) => sameTitle(other.title, candidate.title) && periodsOverlap(other, candidate))) {
    throw new AppError("VALIDATION", "overlappingPosition", { fields: { [field]: "overlappingPosition" } });
  }
}

/** Where a calendar day begins in Paris, where meetings are held. */
function parisDayStart(date: Date): Date {
  return parisDateTimeToInstant(`${date.toISOString().slice(0, 10)}T00:00`)!;
}

/**
 * Refuses dates that would leave out a meeting or a letter this position was already used for:
 * they would then show a title the person did not hold that day.
 */
export async function assertPositionCoversItsUses(tx: Tx, positionId: string, period: Period, field: string): Promise<void> {
  const meetingOutside = [
    ...(period.startDate ? [{ startsAt: { lt: parisDayStart(period.startDate) } }] : []),
    ...(period.endDate ? [{ startsAt: { gte: parisDayStart(new Date(period.endDate.getTime() + DAY)) } }] : []),
  ];
  const letterOutside = [
    ...(period.startDate ? [{ date: { lt: period.startDate } }] : []),
    ...(period.endDate ? [{ date: { gt: period.endDate } }] : []),
  ];
  if (meetingOutside.length === 0) return;
  const [meeting, letter] = await Promise.all([
    tx.meetingOfficial.findFirst({ where: { positionId, meeting: { OR: meetingOutside } }, select: { meetingId: true } }),
    tx.letterRecipient.findFirst({ where: { positionId, letter: { OR: letterOutside } }, select: { id: true } }),
  ]);
  if (meeting || letter) throw new AppError("VALIDATION", "usedOutsidePeriod", { fields: { [field]: "usedOutsidePeriod" } });
}
