// Each user action is one transaction: when its last write fails, nothing of it remains. The last
// write of every registry mutation is its (last) audit entry, so this file makes that one fail.
import { afterEach, describe, expect, test, vi } from "vitest";
import * as audit from "@/lib/audit/record";
import { db } from "@/lib/db";
import { createInstitution } from "@/lib/institutions/mutations";
import { recordMembershipEvent } from "@/lib/organisations/mutations";
import { createPerson, endPositionAndStartNext } from "@/lib/people/mutations";
import { coordinator, day, newSubmissionId, unique } from "./registry-helpers";

vi.mock("@/lib/audit/record", async (importOriginal) => {
  const original = await importOriginal<typeof audit>();
  return { ...original, recordAudit: vi.fn(original.recordAudit) };
});

const recordAudit = vi.mocked(audit.recordAudit);

/** The n-th audit entry written from now on fails, as a lost connection or a full disk would. */
function failAuditEntry(n: number) {
  let calls = 0;
  const real = recordAudit.getMockImplementation()!;
  recordAudit.mockImplementation(async (tx, entry) => {
    calls += 1;
    if (calls === n) throw new Error("the disk is full");
    return real(tx, entry);
  });
}

afterEach(() => {
  vi.mocked(audit.recordAudit).mockReset();
});

describe("a failure in the last write leaves nothing of the user action", () => {
  test("a new person and the position they hold", async () => {
    const actor = await coordinator();
    const institution = await db.institution.create({ data: { name: `Ministère ${unique()}`, kind: "MINISTRY" } });
    const lastName = `Rollback-${unique()}`;
    failAuditEntry(2);
    await expect(
      createPerson({
        actor,
        data: {
          firstName: "Camille",
          lastName,
          organisationId: null,
          notes: null,
          submissionId: newSubmissionId(),
          positionTitle: "Conseillère",
          positionTitleEn: null,
          positionInstitutionId: institution.id,
          positionStartDate: null,
          positionEndDate: null,
        },
      }),
    ).rejects.toThrow("the disk is full");
    expect(await db.person.count({ where: { lastName } })).toBe(0);
    expect(await db.position.count({ where: { institutionId: institution.id } })).toBe(0);
  });

  test("ending a position and starting the next: the old one stays open, the new one is not created", async () => {
    const actor = await coordinator();
    const institution = await db.institution.create({ data: { name: `Ministère ${unique()}`, kind: "MINISTRY" } });
    const person = await db.person.create({
      data: { firstName: "Raphaël", lastName: `Rollback-${unique()}`, positions: { create: { title: "Conseiller", institutionId: institution.id, startDate: day("2014-01-01") } } },
      include: { positions: true },
    });
    failAuditEntry(2);
    await expect(
      endPositionAndStartNext({
        actor,
        data: { positionId: person.positions[0].id, version: 1, changeDate: day("2015-09-01"), title: "Conseiller diplomatique", titleEn: null, institutionId: institution.id },
      }),
    ).rejects.toThrow("the disk is full");
    expect(await db.position.findMany({ where: { personId: person.id }, select: { endDate: true, version: true } })).toEqual([{ endDate: null, version: 1 }]);
    expect(await db.auditEntry.count({ where: { entityType: "Position", entityId: person.positions[0].id } })).toBe(0);
  });

  test("a membership event and the status it leads to", async () => {
    const actor = await coordinator();
    const organisation = await db.organisation.create({ data: { name: `Association ${unique()}`, slug: `rollback-${unique()}` } });
    const submissionId = newSubmissionId();
    // The event's entry, then the status's: the second fails.
    failAuditEntry(2);
    await expect(
      recordMembershipEvent({
        actor,
        data: { organisationId: organisation.id, submissionId, kind: "OBSERVER_SINCE", date: day("2014-09-29"), voteResult: null, meetingId: null, note: null },
      }),
    ).rejects.toThrow("the disk is full");
    expect(await db.organisation.findUniqueOrThrow({ where: { id: organisation.id }, select: { status: true, _count: { select: { membershipEvents: true } } } })).toEqual({
      status: null,
      _count: { membershipEvents: 0 },
    });
    // Nor is the submission spent: sending the form again records it.
    expect(await db.formSubmission.count({ where: { id: submissionId } })).toBe(0);
  });

  test("an institution", async () => {
    const actor = await coordinator();
    const name = `Ministère ${unique()}`;
    failAuditEntry(1);
    await expect(
      createInstitution({
        actor,
        data: { name, nameEn: null, acronym: null, kind: "MINISTRY", address: null, website: null, endedOn: null, successorId: null, submissionId: newSubmissionId() },
      }),
    ).rejects.toThrow("the disk is full");
    expect(await db.institution.count({ where: { name } })).toBe(0);
  });
});
