// The meeting forms' schemas, shared by the browser and the server: the whole meeting (create and
// edit), its report (drafted by a member of the delegation, validated by a coordinator), cancel and
// delete. Message strings are keys of the `meetingsForm.errors` or `forms.errors` texts.
// (lib/meetings/schema.ts holds the meetings list's URL params.)
import { z } from "zod";
import {
  checkbox,
  dateTime,
  enumOf,
  id,
  ids,
  optionalDateOnly,
  optionalDateTime,
  optionalId,
  optionalText,
  requiredText,
  submissionId,
  version,
  visibility,
} from "@/lib/forms/fields";
import { TZDate } from "@date-fns/tz";

export const MEETING_KINDS = ["GOVERNMENT", "PLENARY", "PREPARATORY", "UNION_OR_PARTNER"] as const;
export const MEETING_STATUSES = ["PLANNED", "HELD", "CANCELLED"] as const;
export const REPORT_STATUSES = ["DRAFT", "VALIDATED"] as const;

/** How many rows of each kind a form may carry, and how many empty ones it shows without JavaScript. */
export const MAX_ROWS = 50;
export const EMPTY_ROWS = { officials: 3, newOfficials: 1, demands: 2, newDemands: 1, actions: 2 } as const;

const LIMITS = { title: 300, place: 300, name: 100, note: 2_000, agenda: 20_000, report: 100_000, summary: 10_000, notes: 20_000 };

/** The calendar day (UTC midnight, as `@db.Date` stores it) an instant falls on in Paris. */
export function parisDay(instant: Date): Date {
  const paris = new TZDate(instant.getTime(), "Europe/Paris");
  return new Date(Date.UTC(paris.getFullYear(), paris.getMonth(), paris.getDate()));
}

/** Midnight in Paris on the day of an instant: how a meeting known only to the day is stored. */
export function parisMidnight(instant: Date): Date {
  const paris = new TZDate(instant.getTime(), "Europe/Paris");
  return new Date(new TZDate(paris.getFullYear(), paris.getMonth(), paris.getDate(), 0, 0, "Europe/Paris").getTime());
}

/** Today in Paris, as a calendar day. */
export const parisToday = () => parisDay(new Date());

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);

/** A row whose every field is empty is an unused row: it parses to null and is dropped. */
const isBlankRow = (row: unknown) => typeof row === "object" && row !== null && Object.values(row).every(blank);

/**
 * Repeated rows (`group[i].field`): empty rows are dropped, and each row kept says where it was
 * (`at`), so that an error found later — by the rules below or by a mutation — is shown beside the
 * row the user sees.
 */
function rows<T extends z.ZodType<object>>(row: T) {
  return z
    .preprocess(
      (value) => (value === undefined ? [] : value),
      z.array(z.preprocess((value) => (isBlankRow(value) ? null : value), row.nullable())).max(MAX_ROWS, "tooMany"),
    )
    .transform((list) => list.flatMap((item, at) => (item === null ? [] : [{ ...(item as z.output<T>), at }])));
}

/** The rows a rule can check: parsed ones carry `at`; when another field failed, rows may still be raw. */
function checkable<R extends object>(list: unknown): (R & { at: number })[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (item && typeof item === "object" ? [{ at: index, ...(item as R) }] : []));
}

const officialRow = z.object({ positionId: id() }).strict();

// A person met for the first time, or a new position of someone already known, created with the meeting.
const newOfficialRow = z
  .object({
    personId: optionalId(),
    firstName: optionalText(LIMITS.name),
    lastName: optionalText(LIMITS.name),
    title: requiredText(LIMITS.title),
    institutionId: id(),
    startDate: optionalDateOnly(),
  })
  .strict()
  .superRefine((row, ctx) => {
    if (row.personId) return;
    if (!row.firstName) ctx.addIssue({ code: "custom", path: ["firstName"], message: "required" });
    if (!row.lastName) ctx.addIssue({ code: "custom", path: ["lastName"], message: "required" });
  });

const demandRow = z.object({ demandId: id(), note: optionalText(LIMITS.note) }).strict();

const newDemandRow = z
  .object({
    titleFr: requiredText(LIMITS.title),
    titleEn: optionalText(LIMITS.title),
    targets: ids(),
    note: optionalText(LIMITS.note),
  })
  .strict();

const actionRow = z
  .object({
    title: requiredText(LIMITS.title),
    assigneeOrganisationId: optionalId(),
    assigneeUserId: optionalId(),
    dueOn: optionalDateOnly(),
  })
  .strict();

const meetingFields = {
  titleFr: requiredText(LIMITS.title),
  titleEn: optionalText(LIMITS.title),
  startsAt: dateTime(),
  allDay: checkbox(),
  endsAt: optionalDateTime(),
  place: optionalText(LIMITS.place),
  kind: enumOf(MEETING_KINDS),
  status: enumOf(MEETING_STATUSES),
  visibility: visibility(),
  institutions: ids(),
  officials: rows(officialRow),
  newOfficials: rows(newOfficialRow),
  delegation: ids(),
  delegates: ids(),
  agenda: optionalText(LIMITS.agenda),
  report: optionalText(LIMITS.report),
  reportStatus: z.preprocess((value) => (value === "" ? undefined : value), enumOf(REPORT_STATUSES).optional()).transform((value) => value ?? null),
  reportValidatedOn: optionalDateOnly(),
  reportValidatedAtId: optionalId(),
  summaryFr: optionalText(LIMITS.summary),
  summaryEn: optionalText(LIMITS.summary),
  confidentialNotes: optionalText(LIMITS.notes),
  followsLetterId: optionalId(),
  followsMeetingId: optionalId(),
  campaignId: optionalId(),
  demands: rows(demandRow),
  newDemands: rows(newDemandRow),
  actions: rows(actionRow),
};

type MeetingShape = z.output<z.ZodObject<typeof meetingFields>>;

/** The rules that tie fields together; a mutation checks what needs the database. */
function meetingRules(meeting: MeetingShape, ctx: z.RefinementCtx) {
  // When another field failed, zod still runs these rules on what it could parse.
  const startsAt = meeting.startsAt instanceof Date ? meeting.startsAt : null;
  if (startsAt && meeting.endsAt instanceof Date && meeting.endsAt.getTime() < startsAt.getTime()) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endBeforeStart" });
  }
  if (meeting.reportStatus === "VALIDATED") {
    if (!meeting.reportValidatedOn && !meeting.reportValidatedAtId) {
      ctx.addIssue({ code: "custom", path: ["reportValidatedOn"], message: "validatedOnRequired" });
    }
  } else {
    if (meeting.reportValidatedOn) ctx.addIssue({ code: "custom", path: ["reportValidatedOn"], message: "onlyWhenValidated" });
    if (meeting.reportValidatedAtId) ctx.addIssue({ code: "custom", path: ["reportValidatedAtId"], message: "onlyWhenValidated" });
  }
  const day = startsAt ? parisDay(startsAt) : null;
  for (const row of checkable<{ startDate?: unknown }>(meeting.newOfficials)) {
    if (day && row.startDate instanceof Date && row.startDate.getTime() > day.getTime()) {
      ctx.addIssue({ code: "custom", path: ["newOfficials", row.at, "startDate"], message: "positionNotHeldOnDate" });
    }
  }
  const today = parisToday().getTime();
  for (const row of checkable<{ dueOn?: unknown }>(meeting.actions)) {
    // A new action: it is decided now, so it cannot already be due.
    if (row.dueOn instanceof Date && row.dueOn.getTime() < today) ctx.addIssue({ code: "custom", path: ["actions", row.at, "dueOn"], message: "dueInPast" });
  }
  const seen = new Set<string>();
  for (const row of checkable<{ demandId?: unknown }>(meeting.demands)) {
    if (typeof row.demandId !== "string") continue;
    if (seen.has(row.demandId)) ctx.addIssue({ code: "custom", path: ["demands", row.at, "demandId"], message: "duplicateDemand" });
    seen.add(row.demandId);
  }
}

export const ZCreateMeetingSchema = z
  .object({ ...meetingFields, submissionId: submissionId() })
  .strict()
  .superRefine(meetingRules);
export type TCreateMeetingInput = z.output<typeof ZCreateMeetingSchema>;

export const ZUpdateMeetingSchema = z
  .object({ ...meetingFields, meetingId: id(), version: version() })
  .strict()
  .superRefine(meetingRules);
export type TUpdateMeetingInput = z.output<typeof ZUpdateMeetingSchema>;

/** The report alone: a member of the delegation drafts it; only a coordinator sends the validation fields. */
export const ZMeetingReportSchema = z
  .object({
    meetingId: id(),
    version: version(),
    report: optionalText(LIMITS.report),
    reportStatus: meetingFields.reportStatus.optional(),
    reportValidatedOn: optionalDateOnly().optional(),
    reportValidatedAtId: optionalId().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.reportStatus === "VALIDATED" && !value.reportValidatedOn && !value.reportValidatedAtId) {
      ctx.addIssue({ code: "custom", path: ["reportValidatedOn"], message: "validatedOnRequired" });
    }
    if (value.reportStatus !== "VALIDATED" && value.reportValidatedOn) {
      ctx.addIssue({ code: "custom", path: ["reportValidatedOn"], message: "onlyWhenValidated" });
    }
    if (value.reportStatus !== "VALIDATED" && value.reportValidatedAtId) {
      ctx.addIssue({ code: "custom", path: ["reportValidatedAtId"], message: "onlyWhenValidated" });
    }
  });
export type TMeetingReportInput = z.output<typeof ZMeetingReportSchema>;

export const ZCancelMeetingSchema = z.object({ meetingId: id(), version: version() }).strict();
export type TCancelMeetingInput = z.output<typeof ZCancelMeetingSchema>;

export const ZDeleteMeetingSchema = z.object({ meetingId: id(), version: version(), confirm: checkbox().refine((ticked) => ticked, "confirmDelete") }).strict();
export type TDeleteMeetingInput = z.output<typeof ZDeleteMeetingSchema>;
