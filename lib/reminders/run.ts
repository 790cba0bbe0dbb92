// `npm run reminders`: each active person receives one digest a day of the open actions assigned
// to them or to their organisation that are overdue or due within 7 days.
//
// Safe to run from cron as often as one likes: a person's digest for a day is claimed by inserting
// ReminderDelivery (userId, day) — unique — in the same transaction that reads the actions the mail
// will list; a second run finds the claim and sends nothing. The mail is sent after the claim is
// committed: if sending fails, the claim is released so that a later run the same day retries; if
// the process dies between the commit and the send, that day's digest is lost (never doubled), and
// the next day's digest lists the same actions again, since they are still due.
import "server-only";
import { visibleLevels } from "@/lib/authz";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STILL_TO_DO } from "@/lib/actions/schema";
import { todayAsDate } from "@/lib/lists/where";
import { sendMail, type Mail } from "@/lib/mail/send";
import { DIGEST_MAX_ACTIONS, digestMail, type DigestAction } from "./digest";

export const REMINDER_HORIZON_DAYS = 7;

export type ReminderRun = { day: Date; candidates: number; sent: number; alreadySent: number; failed: number };

function dueActionsWhere(user: { id: string; role: "COORDINATOR" | "MEMBER" | "OBSERVER"; organisationId: string | null }, horizon: Date): Prisma.ActionWhereInput {
  return {
    status: { in: [...STILL_TO_DO] },
    dueOn: { lte: horizon },
    visibility: { in: visibleLevels({ ...user, name: "", email: "" }) },
    OR: [{ assigneeUserId: user.id }, ...(user.organisationId ? [{ assigneeOrganisationId: user.organisationId }] : [])],
  };
}

const actionSelect = { id: true, title: true, dueOn: true, assigneeUserId: true, assigneeOrganisation: { select: { name: true } } } as const;

export async function sendDueReminders({
  now = new Date(),
  send = sendMail,
  log = () => {},
}: { now?: Date; send?: (mail: Mail) => Promise<unknown>; log?: (line: string) => void } = {}): Promise<ReminderRun> {
  const day = todayAsDate(now);
  const horizon = new Date(day.getTime() + REMINDER_HORIZON_DAYS * 86_400_000);
  const appUrl = env().APP_URL;
  // Who has something due: one query, whatever the number of people and actions.
  const people = await db.user.findMany({
    where: {
      deactivatedAt: null,
      reminderDeliveries: { none: { day } },
      OR: [
        { assignedActions: { some: { status: { in: [...STILL_TO_DO] }, dueOn: { lte: horizon } } } },
        { organisation: { actions: { some: { status: { in: [...STILL_TO_DO] }, dueOn: { lte: horizon } } } } },
      ],
    },
    orderBy: { id: "asc" },
    select: { id: true, email: true, name: true, role: true, organisationId: true, locale: true },
  });
  const run: ReminderRun = { day, candidates: people.length, sent: 0, alreadySent: 0, failed: 0 };
  for (const person of people) {
    // The claim and the reading of what to send are one transaction: the decision is the claim.
    const actions = await db.$transaction(async (tx) => {
      const { count } = await tx.reminderDelivery.createMany({ data: [{ userId: person.id, day }], skipDuplicates: true });
      if (count === 0) return null;
      return tx.action.findMany({
        where: dueActionsWhere(person, horizon),
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        take: DIGEST_MAX_ACTIONS + 1,
        select: actionSelect,
      });
    });
    if (actions === null) {
      run.alreadySent++;
      continue;
    }
    if (actions.length === 0) {
      // Only actions this person may not read were due: nothing to say, and the claim is kept.
      continue;
    }
    const mail = digestMail({
      to: person.email,
      name: person.name,
      userId: person.id,
      locale: person.locale,
      day,
      appUrl,
      actions: actions.map(
        (action): DigestAction => ({
          id: action.id,
          title: action.title,
          dueOn: action.dueOn!,
          assigneeUserId: action.assigneeUserId,
          organisationName: action.assigneeOrganisation?.name ?? null,
        }),
      ),
    });
    try {
      await send(mail);
      run.sent++;
      log(`sent to ${person.email}: ${actions.length} action(s)`);
    } catch (error) {
      // Not sent: release the claim, so that the next run today tries again.
      await db.reminderDelivery.deleteMany({ where: { userId: person.id, day } });
      run.failed++;
      log(`NOT sent to ${person.email}: ${(error as Error).message}`);
    }
  }
  return run;
}
