// Follow-up actions: who may change an action's status or comment on it, and what is written.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { getActionDetail } from "@/lib/actions/detail-queries";
import { findActions } from "@/lib/actions/queries";
import { parseActionListParams } from "@/lib/actions/schema";
import { getCoordinationWatch } from "@/lib/dashboard/queries";
import { todayAsDate } from "@/lib/lists/where";
import { addActionComment, changeActionStatus } from "@/lib/actions/mutations";
import { ZAddActionCommentSchema, ZChangeActionStatusSchema } from "@/lib/actions/schema";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { newSubmissionId } from "@/lib/forms/submission";
import { runForm } from "@/lib/forms/run";
import { messages } from "@/lib/i18n/messages";
import { actorOf, makeOrganisation, makeUser } from "./accounts-helpers";

// The forms' messages in French, as a request without a language cookie reads them.
vi.mock("@/lib/i18n/server", async () => {
  const { messages } = await import("@/lib/i18n/messages");
  return { getMessages: async () => ({ locale: "fr", t: messages.fr }), getLocale: async () => "fr" };
});

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
type User = Awaited<ReturnType<typeof makeUser>>;
let mine: Org, theirs: Org;
let member: User, colleague: User, outsider: User, observer: User, coordinator: User;

beforeAll(async () => {
  [mine, theirs] = await Promise.all([makeOrganisation("Asso A"), makeOrganisation("Asso B")]);
  [member, colleague, outsider, observer, coordinator] = await Promise.all([
    makeUser("MEMBER", mine.id),
    makeUser("MEMBER", mine.id),
    makeUser("MEMBER", theirs.id),
    makeUser("OBSERVER", mine.id),
    makeUser("COORDINATOR"),
  ]);
});

const makeAction = (data: { assigneeOrganisationId?: string; assigneeUserId?: string; visibility?: "MEMBERS" | "COORDINATION" } = {}) =>
  db.action.create({ data: { title: `Action ${newSubmissionId().slice(0, 6)}`, dueOn: new Date("2014-11-07"), ...data }, select: { id: true } });

const state = (id: string) =>
  db.action.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, completedAt: true, _count: { select: { statusChanges: true, comments: true } } },
  });

const markDone = (actionId: string, version = 1, note: string | undefined = "Envoyé le 3 novembre.") =>
  ZChangeActionStatusSchema.parse({ actionId, version: String(version), status: "DONE", note });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return "ACCEPTED";
}

describe("changing the status of an action", () => {
  test("a member marks her organisation's action done with a note: history row, audit entry, version, completion date", async () => {
    const action = await makeAction({ assigneeOrganisationId: mine.id });
    await changeActionStatus({ actor: actorOf(colleague), data: markDone(action.id) });
    const after = await state(action.id);
    expect(after).toMatchObject({ status: "DONE", version: 2, _count: { statusChanges: 1 } });
    expect(after.completedAt).toBeInstanceOf(Date);
    const change = await db.actionStatusChange.findFirstOrThrow({ where: { actionId: action.id } });
    expect(change).toMatchObject({ fromStatus: "OPEN", toStatus: "DONE", note: "Envoyé le 3 novembre.", changedById: colleague.id });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Action", entityId: action.id } });
    expect(audit).toMatchObject({ actorId: colleague.id, action: "update" });
    expect((audit.changes as Record<string, unknown>).status).toEqual(["OPEN", "DONE"]);

    const detail = await getActionDetail(actorOf(member), action.id);
    expect(detail?.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.note, c.changedBy?.name])).toEqual([
      ["OPEN", "DONE", "Envoyé le 3 novembre.", colleague.name],
    ]);
  });

  test("a member changes an action assigned to her personally, even outside her organisation's", async () => {
    const action = await makeAction({ assigneeUserId: outsider.id });
    const data = ZChangeActionStatusSchema.parse({ actionId: action.id, version: "1", status: "IN_PROGRESS" });
    await changeActionStatus({ actor: actorOf(outsider), data });
    expect(await state(action.id)).toMatchObject({ status: "IN_PROGRESS", version: 2 });
  });

  test("a member of another organisation, who reads the action, is told that only its assignees may change it; nothing changes", async () => {
    const action = await makeAction({ assigneeOrganisationId: mine.id });
    expect(await getActionDetail(actorOf(outsider), action.id)).toMatchObject({ mayChangeStatus: false });
    const attempt = () => changeActionStatus({ actor: actorOf(outsider), data: markDone(action.id) });
    await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN", message: "notAssignee" });
    // What her form shows, with her input kept: not "this item no longer exists".
    const form = new FormData();
    for (const [name, value] of Object.entries({ actionId: action.id, version: "1", status: "DONE", note: "Envoyé le 3 novembre." })) form.set(name, value);
    const outcome = await runForm(form, ZChangeActionStatusSchema, (data) => changeActionStatus({ actor: actorOf(outsider), data }), messages.fr.actionPage.errors);
    expect(outcome).toMatchObject({
      ok: false,
      state: { status: "error", formError: "Seule l'organisation ou la personne à qui l'action est confiée peut en changer le statut.", values: { note: "Envoyé le 3 novembre." } },
    });
    expect(messages.en.actionPage.errors.notAssignee).toBe("Only the organisation or the person the action is assigned to may change its status.");
    expect(await state(action.id)).toMatchObject({ status: "OPEN", version: 1, completedAt: null, _count: { statusChanges: 0 } });
    expect(await db.auditEntry.count({ where: { entityType: "Action", entityId: action.id } })).toBe(0);
  });

  test("an action she may not read stays unknown to her: not found, never 'not yours'", async () => {
    const action = await makeAction({ assigneeOrganisationId: mine.id, visibility: "COORDINATION" });
    const form = new FormData();
    for (const [name, value] of Object.entries({ actionId: action.id, version: "1", status: "IN_PROGRESS" })) form.set(name, value);
    const outcome = await runForm(form, ZChangeActionStatusSchema, (data) => changeActionStatus({ actor: actorOf(member), data }), messages.fr.actionPage.errors);
    expect(outcome).toMatchObject({ ok: false, state: { formError: "Cet élément n'existe plus." } });
    expect(await refusal(changeActionStatus({ actor: actorOf(outsider), data: markDone(action.id) }))).toBe("NOT_FOUND");
    expect(await refusal(changeActionStatus({ actor: actorOf(member), data: markDone("cnosuchaction") }))).toBe("NOT_FOUND");
    expect(await state(action.id)).toMatchObject({ status: "OPEN", version: 1 });
  });

  test("an observer is refused even for her own organisation's action; anonymous too; nothing changes", async () => {
    const action = await makeAction({ assigneeOrganisationId: mine.id });
    expect(await refusal(changeActionStatus({ actor: actorOf(observer), data: markDone(action.id) }))).toBe("FORBIDDEN");
    expect(await refusal(changeActionStatus({ actor: null, data: markDone(action.id) }))).toBe("FORBIDDEN");
    expect(await state(action.id)).toMatchObject({ status: "OPEN", version: 1, _count: { statusChanges: 0 } });
    const detail = await getActionDetail(actorOf(observer), action.id);
    expect(detail).toMatchObject({ mayChangeStatus: false, mayComment: false });
  });

  test("a coordinator changes any action; a member cannot reach a coordination-only one", async () => {
    const action = await makeAction({ assigneeOrganisationId: theirs.id, visibility: "COORDINATION" });
    expect(await getActionDetail(actorOf(outsider), action.id)).toBeNull();
    expect(await refusal(changeActionStatus({ actor: actorOf(outsider), data: markDone(action.id) }))).toBe("NOT_FOUND");
    await changeActionStatus({ actor: actorOf(coordinator), data: ZChangeActionStatusSchema.parse({ actionId: action.id, version: "1", status: "CANCELLED", note: "Plus d'actualité." }) });
    expect(await state(action.id)).toMatchObject({ status: "CANCELLED", version: 2, completedAt: null });
  });

  test("a note is required to mark an action done or cancelled, not to start it", () => {
    for (const status of ["DONE", "CANCELLED"]) {
      const parsed = ZChangeActionStatusSchema.safeParse({ actionId: "x", version: "1", status, note: "   " });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["note"], message: "noteRequired" });
    }
    expect(ZChangeActionStatusSchema.safeParse({ actionId: "x", version: "1", status: "IN_PROGRESS" }).success).toBe(true);
  });

  test("two people close the same action: the second is told who saved first, and one history row is written", async () => {
    const action = await makeAction({ assigneeOrganisationId: mine.id });
    await changeActionStatus({ actor: actorOf(member), data: markDone(action.id) });
    const second = ZChangeActionStatusSchema.parse({ actionId: action.id, version: "1", status: "CANCELLED", note: "Doublon" });
    try {
      await changeActionStatus({ actor: actorOf(colleague), data: second });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, "CONFLICT")).toBe(true);
      if (isAppError(error)) expect(error.details.conflict).toMatchObject({ version: 2, by: member.name, changes: [{ field: "status", value: "DONE" }] });
    }
    expect(await state(action.id)).toMatchObject({ status: "DONE", version: 2, _count: { statusChanges: 1 } });
  });

  test("the same status again is refused beside the field", async () => {
    const action = await makeAction({ assigneeOrganisationId: mine.id });
    const same = ZChangeActionStatusSchema.parse({ actionId: action.id, version: "1", status: "OPEN" });
    try {
      await changeActionStatus({ actor: actorOf(member), data: same });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, "VALIDATION") && error.details.fields).toEqual({ status: "statusUnchanged" });
    }
  });
});

describe("commenting on an action", () => {
  test("a member comments; the same form arriving twice posts one comment, with its audit entry", async () => {
    const action = await makeAction({ assigneeOrganisationId: theirs.id });
    const data = ZAddActionCommentSchema.parse({ actionId: action.id, submissionId: newSubmissionId(), body: "Nous pouvons aider." });
    const first = await addActionComment({ actor: actorOf(member), data });
    const again = await addActionComment({ actor: actorOf(member), data });
    expect(again.id).toBe(first.id);
    expect((await state(action.id))._count.comments).toBe(1);
    expect(await db.auditEntry.count({ where: { entityType: "ActionComment", entityId: first.id, actorId: member.id } })).toBe(1);
    const detail = await getActionDetail(actorOf(observer), action.id);
    expect(detail?.comments.map((c) => [c.body, c.author?.name])).toEqual([["Nous pouvons aider.", member.name]]);
  });

  test("a comment of 100,000 characters is refused with its own message; an observer cannot comment", async () => {
    const action = await makeAction({ assigneeOrganisationId: mine.id });
    const huge = ZAddActionCommentSchema.safeParse({ actionId: action.id, submissionId: newSubmissionId(), body: "x".repeat(100_000) });
    expect(huge.success).toBe(false);
    expect(huge.error?.issues[0]).toMatchObject({ path: ["body"], message: "commentTooLong" });
    const data = ZAddActionCommentSchema.parse({ actionId: action.id, submissionId: newSubmissionId(), body: "Je regarde." });
    expect(await refusal(addActionComment({ actor: actorOf(observer), data }))).toBe("FORBIDDEN");
    expect((await state(action.id))._count.comments).toBe(0);
  });
});

describe("an organisation's late actions, from the coordinator's dashboard to the list", () => {
  test("the list filtered on the organisation's overdue actions holds exactly those the dashboard counts", async () => {
    const late = await makeOrganisation("Asso en retard");
    const colleagueThere = await makeUser("MEMBER", late.id);
    const today = todayAsDate();
    const daysFromToday = (days: number) => new Date(today.getTime() + days * 86_400_000);
    const make = (status: "OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED", dueOn: Date | null) =>
      db.action.create({ data: { title: `Action ${status} ${newSubmissionId().slice(0, 6)}`, assigneeOrganisationId: late.id, status, dueOn }, select: { id: true } });
    const expected = [await make("OPEN", daysFromToday(-30)), await make("IN_PROGRESS", daysFromToday(-1))].map((a) => a.id);
    // Not late: closed, due today or later, or without a due date.
    await Promise.all([make("DONE", daysFromToday(-30)), make("CANCELLED", daysFromToday(-30)), make("OPEN", today), make("OPEN", daysFromToday(10)), make("OPEN", null)]);

    const watch = await getCoordinationWatch(actorOf(coordinator));
    expect(watch.overdueByOrganisation.find((row) => row.organisationId === late.id)?.count).toBe(2);
    const list = await findActions(actorOf(coordinator), parseActionListParams({ view: "all", organisation: late.id, overdue: "1" }));
    expect(list.total).toBe(2);
    expect(list.rows.map((row) => row.id).sort()).toEqual([...expected].sort());
    expect(list.rows.every((row) => row.overdue)).toBe(true);
    // A member of that organisation reads the same in her own view (one hand-written statement).
    const hers = await findActions(actorOf(colleagueThere), parseActionListParams({ overdue: "1" }));
    expect(hers.rows.map((row) => row.id).sort()).toEqual([...expected].sort());
    // Without the filter the organisation has seven.
    expect((await findActions(actorOf(coordinator), parseActionListParams({ view: "all", organisation: late.id }))).total).toBe(7);
  });
});
