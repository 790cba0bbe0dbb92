import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getMeetingReport } from "@/lib/meetings/form-queries";
import { ZMeetingReportSchema } from "@/lib/meetings/form-schema";
import { createMeeting, saveMeetingReport } from "@/lib/meetings/mutations";
import { actorOf, makeOrganisation, makeUser } from "./accounts-helpers";
import { createInput } from "./meeting-helpers";

type User = Awaited<ReturnType<typeof makeUser>>;
let coordinator: User;
let delegateMember: User;
let otherMember: User;
let delegateObserver: User;
let meetingId: string;
let plenaryId: string;

const report = (version: number, text: string, extra: Record<string, string> = {}) =>
  ZMeetingReportSchema.parse({ meetingId, version: String(version), report: text, ...extra });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const saved = () => db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { report: true, reportStatus: true, reportValidatedOn: true, version: true } });

beforeAll(async () => {
  const [inDelegation, outside] = await Promise.all([makeOrganisation("Dans la délégation"), makeOrganisation("Hors délégation")]);
  coordinator = await makeUser("COORDINATOR");
  delegateMember = await makeUser("MEMBER", inDelegation.id);
  otherMember = await makeUser("MEMBER", outside.id);
  delegateObserver = await makeUser("OBSERVER", inDelegation.id);
  ({ id: meetingId } = await createMeeting({ actor: actorOf(coordinator), data: createInput({ delegation: [inDelegation.id], visibility: "MEMBERS" }) }));
  ({ id: plenaryId } = await createMeeting({ actor: actorOf(coordinator), data: createInput({ kind: "PLENARY", startsAt: "2014-09-29T10:00" }) }));
});

describe("members draft the report of a meeting their organisation attended", () => {
  test("the member of a delegation organisation writes the draft, with its audit entry", async () => {
    expect(await getMeetingReport(actorOf(delegateMember), meetingId)).toMatchObject({ editable: true, coordinator: false });
    await saveMeetingReport({ actor: actorOf(delegateMember), data: report(1, "## Points abordés\n\n- L'hébergement des victimes") });
    expect(await saved()).toMatchObject({ report: "## Points abordés\n\n- L'hébergement des victimes", reportStatus: "DRAFT", version: 2 });
    expect(await db.auditEntry.count({ where: { entityType: "Meeting", entityId: meetingId, action: "update-report", actorId: delegateMember.id } })).toBe(1);
  });

  test("a member of another organisation, an observer and an anonymous visitor are refused; nothing changes", async () => {
    const before = await saved();
    // They read it, but get no form.
    expect(await getMeetingReport(actorOf(otherMember), meetingId)).toMatchObject({ editable: false });
    expect(await getMeetingReport(actorOf(delegateObserver), meetingId)).toMatchObject({ editable: false });
    expect(await getMeetingReport(null, meetingId)).toBeNull();
    expect((await refusal(saveMeetingReport({ actor: actorOf(otherMember), data: report(before.version, "Pris en main") }))).code).toBe("FORBIDDEN");
    expect((await refusal(saveMeetingReport({ actor: actorOf(delegateObserver), data: report(before.version, "Pris en main") }))).code).toBe("FORBIDDEN");
    expect((await refusal(saveMeetingReport({ actor: null, data: report(before.version, "Pris en main") }))).code).toBe("FORBIDDEN");
    expect(await saved()).toEqual(before);
  });

  test("a member cannot validate the report herself", async () => {
    const before = await saved();
    const data = report(before.version, "Validé par moi", { reportStatus: "VALIDATED", reportValidatedOn: "2014-09-29" });
    expect((await refusal(saveMeetingReport({ actor: actorOf(delegateMember), data }))).code).toBe("FORBIDDEN");
    expect(await saved()).toEqual(before);
  });

  test("a draft saved from a stale version is refused as a conflict", async () => {
    const before = await saved();
    const error = await refusal(saveMeetingReport({ actor: actorOf(delegateMember), data: report(before.version - 1, "Texte ancien") }));
    expect(error.code).toBe("CONFLICT");
    expect(error.details.conflict!.changes.map((c) => c.field)).toContain("report");
    expect(await saved()).toEqual(before);
  });

  test("the coordinator validates it at a plenary; then the member may only read it", async () => {
    const before = await saved();
    await saveMeetingReport({
      actor: actorOf(coordinator),
      data: report(before.version, before.report!, { reportStatus: "VALIDATED", reportValidatedOn: "", reportValidatedAtId: plenaryId }),
    });
    const validated = await saved();
    expect(validated).toMatchObject({ reportStatus: "VALIDATED", reportValidatedOn: new Date("2014-09-29T00:00:00Z") });
    expect(await db.auditEntry.count({ where: { entityType: "Meeting", entityId: meetingId, action: "validate-report", actorId: coordinator.id } })).toBe(1);

    expect(await getMeetingReport(actorOf(delegateMember), meetingId)).toMatchObject({ editable: false });
    const error = await refusal(saveMeetingReport({ actor: actorOf(delegateMember), data: report(validated.version, "Je corrige après coup") }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await saved()).toEqual(validated);

    // The coordinator still may.
    await saveMeetingReport({ actor: actorOf(coordinator), data: report(validated.version, "Correction de la coordination", { reportStatus: "VALIDATED", reportValidatedOn: "2014-09-29" }) });
    expect(await saved()).toMatchObject({ report: "Correction de la coordination", reportStatus: "VALIDATED" });
  });
});
