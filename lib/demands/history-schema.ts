// The forms that write a demand's life: a status change (one step of its history) and a
// commitment (a promise an official made about it), each recorded then corrected in place.
// Shared by the forms and their actions.
import { z } from "zod";
import { checkbox, dateOnly, enumOf, id, optionalDateOnly, optionalId, optionalText, requiredText, submissionId, version, visibility } from "@/lib/forms/fields";
import { todayAsDate } from "@/lib/lists/where";

export const DEMAND_STATUSES = ["RAISED", "ACKNOWLEDGED", "PROMISED", "IN_PROGRESS", "PARTLY_MET", "MET", "REJECTED"] as const;
export const COMMITMENT_STATUSES = ["PENDING", "KEPT", "BROKEN"] as const;

/** Where a step comes from and what it says: the status forms, and a new demand's first step. */
export const stepSourceFields = {
  sourceMeetingId: optionalId(),
  sourceLetterId: optionalId(),
  sourceStatementId: optionalId(),
  sourceLabel: optionalText(300),
  noteFr: requiredText(4_000),
  noteEn: optionalText(4_000),
};

const statusChangeFields = {
  demandId: id(),
  date: dateOnly(),
  status: enumOf(DEMAND_STATUSES),
  ...stepSourceFields,
  milestone: checkbox(),
};

type StatusChangeSources = { sourceMeetingId: string | null; sourceLetterId: string | null; sourceStatementId: string | null; sourceLabel: string | null };

/** One step has one source: the meeting, the letter, the statement, or an outside act. */
export function oneSourcePerStep(data: StatusChangeSources, ctx: z.RefinementCtx) {
  const sources = [data.sourceMeetingId, data.sourceLetterId, data.sourceStatementId, data.sourceLabel].filter(Boolean);
  if (sources.length > 1) ctx.addIssue({ code: "custom", path: ["sourceMeetingId"], message: "oneSource" });
}

/** A new step; `version` is the demand's, whose status follows its latest step. */
export const ZRecordDemandStatusSchema = z
  .object({ ...statusChangeFields, version: version(), submissionId: submissionId() })
  .superRefine(oneSourcePerStep);

export type TRecordDemandStatusInput = z.output<typeof ZRecordDemandStatusSchema>;

/** A step corrected in place; `version` is the step's own. */
export const ZUpdateDemandStatusSchema = z
  .object({ ...statusChangeFields, changeId: id(), version: version() })
  .superRefine(oneSourcePerStep);

export type TUpdateDemandStatusInput = z.output<typeof ZUpdateDemandStatusSchema>;

const commitmentFields = {
  demandId: id(),
  descriptionFr: requiredText(2_000),
  descriptionEn: optionalText(2_000),
  promisedByPositionId: optionalId(),
  promisedOn: optionalDateOnly(),
  sourceMeetingId: optionalId(),
  sourceLetterId: optionalId(),
  dueOn: optionalDateOnly(),
  keptOn: optionalDateOnly(),
  status: enumOf(COMMITMENT_STATUSES),
  note: optionalText(4_000),
  visibility: visibility(),
};

type CommitmentDates = {
  sourceMeetingId: string | null;
  sourceLetterId: string | null;
  promisedByPositionId: string | null;
  promisedOn: Date | null;
  dueOn: Date | null;
  keptOn: Date | null;
  status: (typeof COMMITMENT_STATUSES)[number];
};

function commitmentRules(data: CommitmentDates, ctx: z.RefinementCtx) {
  if (data.sourceMeetingId && data.sourceLetterId) ctx.addIssue({ code: "custom", path: ["sourceMeetingId"], message: "oneSource" });
  // The title an official held is the one held on the day of the promise.
  if (data.promisedByPositionId && !data.promisedOn) ctx.addIssue({ code: "custom", path: ["promisedOn"], message: "promisedOnNeeded" });
  if (data.status === "KEPT" && !data.keptOn) ctx.addIssue({ code: "custom", path: ["keptOn"], message: "keptOnNeeded" });
  if (data.status !== "KEPT" && data.keptOn) ctx.addIssue({ code: "custom", path: ["status"], message: "keptOnMeansKept" });
  if (data.dueOn && data.promisedOn && data.dueOn < data.promisedOn) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "dueBeforePromise" });
  if (data.keptOn && data.promisedOn && data.keptOn < data.promisedOn) ctx.addIssue({ code: "custom", path: ["keptOn"], message: "keptBeforePromise" });
  // Kept is a fact, known once it happened: not a day still to come in Paris.
  if (data.keptOn && data.keptOn > todayAsDate()) ctx.addIssue({ code: "custom", path: ["keptOn"], message: "keptInFuture" });
}

export const ZRecordCommitmentSchema = z
  .object({ ...commitmentFields, submissionId: submissionId() })
  .superRefine(commitmentRules);

export type TRecordCommitmentInput = z.output<typeof ZRecordCommitmentSchema>;

/** A commitment corrected or followed up (kept on a given day, broken), against its version. */
export const ZUpdateCommitmentSchema = z
  .object({ ...commitmentFields, commitmentId: id(), version: version() })
  .superRefine(commitmentRules);

export type TUpdateCommitmentInput = z.output<typeof ZUpdateCommitmentSchema>;
