// The daily reminder: run twice the same day, it sends each person one digest, in her language.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { sendDueReminders } from "@/lib/reminders/run";
import { makeOrganisation, makeUser } from "./accounts-helpers";

// Read by env() on first use, which comes after this line: the mails of this file go here.
const mailDir = mkdtempSync(path.join(tmpdir(), "plaidoyer-reminders-"));
process.env.MAIL_DIR = mailDir;

const NOW = new Date("2031-03-10T07:00:00Z");
const d = (day: string) => new Date(`${day}T00:00:00Z`);
/** The .eml files written, decoded enough to read: headers unfolded, quoted-printable undone. */
const mails = () =>
  readdirSync(mailDir)
    .filter((file) => file.endsWith(".eml"))
    .map((file) => decodeMail(readFileSync(path.join(mailDir, file), "utf8")));

function quotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, "%25"));
}

function decodeMail(raw: string): string {
  const unfolded = raw.replace(/\r\n/g, "\n").replace(/\n[ \t]+/g, " ");
  const words = unfolded.replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, word: string) => quotedPrintable(word.replace(/_/g, " ")));
  const split = words.indexOf("\n\n");
  return `${words.slice(0, split)}\n\n${quotedPrintable(words.slice(split + 2))}`;
}

let member: Awaited<ReturnType<typeof makeUser>>;
let english: Awaited<ReturnType<typeof makeUser>>;
let idle: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  const organisation = await makeOrganisation("Asso R");
  const quiet = await makeOrganisation("Asso Q");
  [member, english, idle] = await Promise.all([makeUser("MEMBER", organisation.id), makeUser("MEMBER", organisation.id), makeUser("MEMBER", quiet.id)]);
  await db.user.update({ where: { id: english.id }, data: { locale: "en" } });
  await db.action.createMany({
    data: [
      { title: "Relancer le cabinet (en retard)", assigneeOrganisationId: organisation.id, dueOn: d("2031-03-01") },
      { title: "Préparer la plénière (dans 5 jours)", assigneeUserId: member.id, dueOn: d("2031-03-15") },
      { title: "Dans trois semaines", assigneeOrganisationId: organisation.id, dueOn: d("2031-03-31") },
      { title: "Déjà faite", assigneeOrganisationId: organisation.id, dueOn: d("2031-03-02"), status: "DONE" },
      { title: "Réservée à la coordination", assigneeOrganisationId: organisation.id, dueOn: d("2031-03-02"), visibility: "COORDINATION" },
      { title: "Autre association, sans échéance proche", assigneeOrganisationId: quiet.id, dueOn: d("2031-06-01") },
    ],
  });
});

describe("the daily reminder", () => {
  test("run twice on a day, it sends each person one digest of her overdue and coming actions, in her language", async () => {
    const first = await sendDueReminders({ now: NOW });
    const afterFirst = mails();
    const mine = afterFirst.filter((mail) => mail.includes(`To: ${member.email}`));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain("Subject: Plaidoyer : 2 actions à suivre");
    expect(mine[0]).toContain("Relancer le cabinet");
    expect(mine[0]).toContain("Préparer la plénière");
    for (const absent of ["Dans trois semaines", "Déjà faite", "Réservée", "Autre association"]) expect(mine[0]).not.toContain(absent);
    const theirs = afterFirst.filter((mail) => mail.includes(`To: ${english.email}`));
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toContain("Subject: Plaidoyer: 1 follow-up action");
    expect(afterFirst.some((mail) => mail.includes(`To: ${idle.email}`))).toBe(false);
    expect(first.sent).toBe(afterFirst.length);

    const second = await sendDueReminders({ now: new Date("2031-03-10T18:30:00Z") });
    expect(second.sent).toBe(0);
    expect(mails()).toHaveLength(afterFirst.length);
    expect(await db.reminderDelivery.count({ where: { userId: member.id, day: d("2031-03-10") } })).toBe(1);

    // The next day, the same actions still due are reminded again, once.
    const nextDay = await sendDueReminders({ now: new Date("2031-03-11T07:00:00Z") });
    expect(nextDay.sent).toBe(first.sent);
  });

  test("two runs at the same moment still send one digest per person", async () => {
    const before = mails().length;
    const [a, b] = await Promise.all([sendDueReminders({ now: new Date("2031-03-12T07:00:00Z") }), sendDueReminders({ now: new Date("2031-03-12T07:00:01Z") })]);
    expect(a.sent + b.sent).toBe(mails().length - before);
    const forMember = mails().filter((mail) => mail.includes(`To: ${member.email}`));
    expect(forMember).toHaveLength(3);
  });

  test("a mail that cannot be sent releases the claim, so a later run retries it", async () => {
    const failing = await sendDueReminders({ now: new Date("2031-03-13T07:00:00Z"), send: async () => Promise.reject(new Error("SMTP down")) });
    expect(failing.sent).toBe(0);
    expect(failing.failed).toBeGreaterThan(0);
    expect(await db.reminderDelivery.count({ where: { userId: member.id, day: d("2031-03-13") } })).toBe(0);
    const retry = await sendDueReminders({ now: new Date("2031-03-13T09:00:00Z") });
    expect(retry.sent).toBe(failing.failed);
  });
});
