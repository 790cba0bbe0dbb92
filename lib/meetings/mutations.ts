// Writing meetings. Each user action is one transaction: the meeting with its officials,
// delegation, demands, actions, the records made on the spot and the audit entries, whole or not
// at all. Every function checks its actor itself.
import "server-only";
import { EDITABLE_MEETING_COLUMNS } from "./editable-columns";
import { can, visibleLevels, type Actor } from "@/lib/authz";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import {
  parisDay,
  parisMidnight,
  type TCancelMeetingInput,
  type TCreateMeetingInput,
  type TDeleteMeetingInput,
  type TMeetingReportInput,
  type TUpdateMeetingInput,
} from "./form-schema";
import { describeForConflict, type ComparableMeeting, type ConflictLabels } from "./meeting-conflict";
import { checkMeetingReferences, clearMeetingSets, writeMeetingLinks, type CreatedOnTheSpot, type MeetingLinksInput } from "./meeting-links";

// A meeting with dozens of rows is still a few hundred small statements; PGlite serialises them.
const TRANSACTION = { timeout: 30_000, maxWait: 10_000 } as const;

function assertCoordinator(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor || !can(actor, "manage:meetings")) throw new AppError("FORBIDDEN");
}

/** The meeting's own columns from the form; a meeting known only to the day starts at midnight in Paris. */
function meetingColumns(data: MeetingLinksInput, validatedOn: Date | null) {
  const startsAt = data.allDay ? parisMidnight(data.startsAt) : data.startsAt;
  return {
    titleFr: data.titleFr,
    titleEn: data.titleEn,
    startsAt,
    allDay: data.allDay,
    endsAt: data.endsAt,
    place: data.place,
    kind: data.kind,
    status: data.status,
    visibility: data.visibility,
    agenda: data.agenda,
    report: data.report,
    // A report written without a status is a draft.
    reportStatus: data.reportStatus ?? (data.report ? ("DRAFT" as const) : null),
    reportValidatedOn: data.reportStatus === "VALIDATED" ? validatedOn : null,
    reportValidatedAtId: data.reportStatus === "VALIDATED" ? data.reportValidatedAtId : null,
    summaryFr: data.summaryFr,
    summaryEn: data.summaryEn,
    confidentialNotes: data.confidentialNotes,
    followsLetterId: data.followsLetterId,
    followsMeetingId: data.followsMeetingId,
    campaignId: data.campaignId,
  };
}

const sets = (data: MeetingLinksInput) => ({
  institutions: [...data.institutions].sort(),
  officials: [...new Set(data.officials.map((o) => o.positionId))].sort(),
  delegation: [...data.delegation].sort(),
  delegates: [...data.delegates].sort(),
  demands: data.demands.map((d) => d.demandId).sort(),
});

/** One audit entry per record made on the spot, so that the audit log finds each by its type. */
async function auditCreatedOnTheSpot(tx: Tx, actorId: string, meetingId: string, created: CreatedOnTheSpot) {
  const entries = [
    ...created.people.map((id) => ({ entityType: "Person", entityId: id })),
    ...created.positions.map((id) => ({ entityType: "Position", entityId: id })),
    ...created.demands.map((id) => ({ entityType: "Demand", entityId: id })),
    ...created.actions.map((id) => ({ entityType: "Action", entityId: id })),
  ];
  for (const entry of entries) await recordAudit(tx, { actorId, action: "create", ...entry, changes: { meetingId } });
}

/** A coordinator logs a meeting; a form submitted twice creates it once. */
export async function createMeeting({ actor, data }: { actor: Actor; data: TCreateMeetingInput }): Promise<{ id: string; repeated: boolean }> {
  assertCoordinator(actor);
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      const day = parisDay(meetingColumns(data, null).startsAt);
      const { validatedOn } = await checkMeetingReferences(tx, data, day, null);
      const columns = meetingColumns(data, validatedOn);
      const meeting = await tx.meeting.create({ data: columns, select: { id: true } });
      const created = await writeMeetingLinks(tx, { id: meeting.id, titleFr: data.titleFr, day, visibility: data.visibility, campaignId: data.campaignId }, data, actor);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entityType: "Meeting",
        entityId: meeting.id,
        changes: JSON.parse(JSON.stringify({ ...columns, ...sets(data), created })),
      });
      await auditCreatedOnTheSpot(tx, actor.id, meeting.id, created);
      await recordSubmission(tx, data.submissionId, "Meeting", meeting.id);
      return meeting.id;
    }, TRANSACTION),
  );
}

const comparableSelect = {
  ...EDITABLE_MEETING_COLUMNS,
  version: true,
  institutions: { select: { institutionId: true } },
  officials: { select: { positionId: true } },
  delegation: { select: { organisationId: true } },
  delegates: { select: { personId: true } },
  demands: { select: { demandId: true } },
} as const;

async function readComparable(tx: Tx, meetingId: string) {
  const row = await tx.meeting.findUnique({ where: { id: meetingId }, select: comparableSelect });
  if (!row) return null;
  const { institutions, officials, delegation, delegates, demands, version, reportValidatedAtId, ...columns } = row;
  const comparable: ComparableMeeting = {
    ...columns,
    institutions: institutions.map((i) => i.institutionId).sort(),
    officials: officials.map((o) => o.positionId).sort(),
    delegation: delegation.map((d) => d.organisationId).sort(),
    delegates: delegates.map((d) => d.personId).sort(),
    demands: demands.map((d) => d.demandId).sort(),
  };
  return { version, reportValidatedAtId, comparable };
}

/**
 * A coordinator edits a meeting, against the version the form read. The sets are saved again as
 * the form shows them; new demands and actions are added. Existing actions are edited elsewhere.
 */
export async function updateMeeting({ actor, data, labels }: { actor: Actor; data: TUpdateMeetingInput; labels?: ConflictLabels }): Promise<{ id: string }> {
  assertCoordinator(actor);
  return db.$transaction(async (tx) => {
    const before = await readComparable(tx, data.meetingId);
    if (!before) throw new AppError("NOT_FOUND");
    const columns0 = meetingColumns(data, data.reportValidatedOn);
    const { count } = await tx.meeting.updateMany({
      where: { id: data.meetingId, version: data.version },
      data: { ...columns0, version: { increment: 1 } },
    });
    if (count === 0) {
      const submitted: ComparableMeeting = { ...columns0, ...sets(data) };
      const described = await describeForConflict(tx, before.comparable, submitted, labels);
      await assertUpdated(0, {
        entityType: "Meeting",
        entityId: data.meetingId,
        current: { version: before.version, fields: described.saved },
        submitted: described.submitted,
        labels: described.labels,
        tx,
      });
    }
    const day = parisDay(columns0.startsAt);
    const { validatedOn } = await checkMeetingReferences(tx, data, day, data.meetingId);
    const columns = meetingColumns(data, validatedOn);
    // Validated at a plenary without a date: on the plenary's day.
    if (columns.reportValidatedOn?.getTime() !== columns0.reportValidatedOn?.getTime()) {
      await tx.meeting.update({ where: { id: data.meetingId }, data: { reportValidatedOn: columns.reportValidatedOn } });
    }
    await clearMeetingSets(tx, data.meetingId);
    const created = await writeMeetingLinks(tx, { id: data.meetingId, titleFr: data.titleFr, day, visibility: data.visibility, campaignId: data.campaignId }, data, actor);
    const after: ComparableMeeting = { ...columns, ...sets(data) };
    const changes = diffFields({ ...before.comparable, reportValidatedAtId: before.reportValidatedAtId } as Record<string, unknown>, {
      ...after,
      reportValidatedAtId: columns.reportValidatedAtId,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Meeting",
      entityId: data.meetingId,
      changes: JSON.parse(JSON.stringify({ ...changes, ...(hasAny(created) ? { created } : {}) })),
    });
    await auditCreatedOnTheSpot(tx, actor.id, data.meetingId, created);
    return { id: data.meetingId };
  }, TRANSACTION);
}

const hasAny = (created: CreatedOnTheSpot) => Object.values(created).some((list) => list.length > 0);

/** A coordinator cancels a meeting: it stays, marked cancelled, with everything attached to it. */
export async function cancelMeeting({ actor, data, labels }: { actor: Actor; data: TCancelMeetingInput; labels?: ConflictLabels }): Promise<void> {
  assertCoordinator(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id: data.meetingId }, select: { status: true, version: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.meeting.updateMany({
      where: { id: data.meetingId, version: data.version },
      data: { status: "CANCELLED", version: { increment: 1 } },
    });
    if (count === 0) {
      const word = (value: string) => labels?.values[value] ?? value;
      await assertUpdated(0, {
        entityType: "Meeting",
        entityId: data.meetingId,
        current: { version: before.version, fields: { status: word(before.status) } },
        submitted: { status: word("CANCELLED") },
        labels: labels?.fields,
        tx,
      });
    }
    await recordAudit(tx, { actorId: actor.id, action: "cancel", entityType: "Meeting", entityId: data.meetingId, changes: { status: [before.status, "CANCELLED"] } });
  });
}

/**
 * A coordinator deletes a meeting logged by mistake. Its own links (institutions, officials,
 * delegation, demands raised) go with it; but a meeting that other records cite as their source
 * (a demand's status history, a commitment, follow-up actions, documents, a membership event, a
 * follow-up meeting, reports validated there) is refused: deleting it would silently cut that
 * history. Such a meeting is cancelled instead.
 */
export async function deleteMeeting({ actor, data }: { actor: Actor; data: TDeleteMeetingInput }): Promise<void> {
  assertCoordinator(actor);
  await db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: data.meetingId },
      select: {
        titleFr: true,
        startsAt: true,
        version: true,
        _count: {
          select: {
            demandStatusChanges: true,
            commitments: true,
            actions: true,
            documents: true,
            membershipEvents: true,
            followUpMeetings: true,
            reportsValidatedHere: true,
          },
        },
      },
    });
    if (!meeting) throw new AppError("NOT_FOUND");
    if (Object.values(meeting._count).some((n) => n > 0)) {
      throw new AppError("VALIDATION", "Other records cite this meeting.", { fields: { _form: "hasDependents" } });
    }
    const { count } = await tx.meeting.deleteMany({ where: { id: data.meetingId, version: data.version } });
    if (count === 0) {
      await assertUpdated(0, { entityType: "Meeting", entityId: data.meetingId, current: { version: meeting.version, fields: {} }, submitted: {}, tx });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entityType: "Meeting",
      entityId: data.meetingId,
      changes: { titleFr: meeting.titleFr, startsAt: meeting.startsAt.toISOString() },
    });
  });
}

/**
 * The report of a meeting. A member whose organisation was in the delegation writes or edits the
 * draft; only a coordinator validates it, and once validated only a coordinator changes it.
 */
export async function saveMeetingReport({ actor, data, labels }: { actor: Actor; data: TMeetingReportInput; labels?: ConflictLabels }): Promise<{ id: string }> {
  if (!actor || !can(actor, "draft:report:own-delegation")) throw new AppError("FORBIDDEN");
  const coordinator = can(actor, "validate:report");
  const validating = data.reportStatus !== undefined || data.reportValidatedOn !== undefined || data.reportValidatedAtId !== undefined;
  if (validating && !coordinator) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id: data.meetingId, visibility: { in: visibleLevels(actor) } },
      select: {
        version: true,
        report: true,
        reportStatus: true,
        reportValidatedOn: true,
        reportValidatedAtId: true,
        delegation: { where: { organisationId: actor.organisationId ?? "" }, select: { organisationId: true } },
      },
    });
    if (!meeting) throw new AppError("NOT_FOUND");
    if (!coordinator && meeting.delegation.length === 0) throw new AppError("FORBIDDEN");
    if (!coordinator && meeting.reportStatus === "VALIDATED") throw new AppError("FORBIDDEN");

    let after: { report: string | null; reportStatus: "DRAFT" | "VALIDATED" | null; reportValidatedOn: Date | null; reportValidatedAtId: string | null };
    if (validating) {
      const status = data.reportStatus ?? null;
      let validatedOn = data.reportValidatedOn ?? null;
      const validatedAtId = status === "VALIDATED" ? (data.reportValidatedAtId ?? null) : null;
      if (validatedAtId) {
        const plenary = await tx.meeting.findUnique({ where: { id: validatedAtId }, select: { kind: true, startsAt: true } });
        if (!plenary || plenary.kind !== "PLENARY" || validatedAtId === data.meetingId) {
          throw new AppError("VALIDATION", "Not a plenary.", { fields: { reportValidatedAtId: "notAPlenary" } });
        }
        const plenaryDay = parisDay(plenary.startsAt);
        if (validatedOn && validatedOn.getTime() !== plenaryDay.getTime()) {
          throw new AppError("VALIDATION", "Not the plenary's day.", { fields: { reportValidatedOn: "notThePlenaryDay" } });
        }
        validatedOn ??= plenaryDay;
      }
      after = {
        report: data.report,
        // No text is no report, not an empty draft.
        reportStatus: status === "VALIDATED" ? status : data.report ? "DRAFT" : null,
        reportValidatedOn: status === "VALIDATED" ? validatedOn : null,
        reportValidatedAtId: validatedAtId,
      };
    } else {
      // A draft keeps its status; a first draft becomes one.
      after = {
        report: data.report,
        reportStatus: meeting.reportStatus ?? (data.report ? "DRAFT" : null),
        reportValidatedOn: meeting.reportValidatedOn,
        reportValidatedAtId: meeting.reportValidatedAtId,
      };
    }
    const { count } = await tx.meeting.updateMany({
      where: { id: data.meetingId, version: data.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) {
      const word = (value: string | null) => (value === null ? null : (labels?.values[value] ?? value));
      await assertUpdated(0, {
        entityType: "Meeting",
        entityId: data.meetingId,
        current: {
          version: meeting.version,
          fields: { report: meeting.report, reportStatus: word(meeting.reportStatus), reportValidatedOn: meeting.reportValidatedOn },
        },
        submitted: { report: after.report, reportStatus: word(after.reportStatus), reportValidatedOn: after.reportValidatedOn },
        labels: labels?.fields,
        tx,
      });
    }
    const before = { report: meeting.report, reportStatus: meeting.reportStatus, reportValidatedOn: meeting.reportValidatedOn, reportValidatedAtId: meeting.reportValidatedAtId };
    await recordAudit(tx, {
      actorId: actor.id,
      action: after.reportStatus === "VALIDATED" && meeting.reportStatus !== "VALIDATED" ? "validate-report" : "update-report",
      entityType: "Meeting",
      entityId: data.meetingId,
      changes: JSON.parse(JSON.stringify(diffFields(before, after))),
    });
    return { id: data.meetingId };
  });
}
