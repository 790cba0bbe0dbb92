// The forms that write a demand's life: a status change (one step of its history) and a
// commitment (a promise an official made about it). Shared by the forms and their actions.
import { z } from "zod";
import { checkbox, dateOnly, enumOf, id, optionalDateOnly, optionalId, optionalText, requiredText, submissionId, version, visibility } from "@/lib/forms/fields";

export const DEMAND_STATUSES = ["RAISED", "ACKNOWLEDGED", "PROMISED", "IN_PROGRESS", "PARTLY_MET", "MET", "REJECTED"] as const;
export const COMMITMENT_STATUSES = ["PENDING", "KEPT", "BROKEN"] as const;

export const ZRecordDemandStatusSchema = z
  .object({
    demandId: id(),
    version: version(),
    submissionId: submissionId(),
    date: dateOnly(),
    status: enumOf(DEMAND_STATUSES),
    sourceMeetingId: optionalId(),
    sourceLetterId: optionalId(),
    sourceStatementId: optionalId(),
    sourceLabel: optionalText(300),
    noteFr: requiredText(4_000),
    noteEn: optionalText(4_000),
    milestone: checkbox(),
  })
  .superRefine((data, ctx) => {
    // One step has one source: the meeting, the letter, the statement, or an outside act.
    const sources = [data.sourceMeetingId, data.sourceLetterId, data.sourceStatementId, data.sourceLabel].filter(Boolean);
    if (sources.length > 1) ctx.addIssue({ code: "custom", path: ["sourceMeetingId"], message: "oneSource" });
  });

export type TRecordDemandStatusInput = z.output<typeof ZRecordDemandStatusSchema>;

export const ZRecordCommitmentSchema = z
  .object({
    demandId: id(),
    submissionId: submissionId(),
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
  })
  .superRefine((data, ctx) => {
    if (data.sourceMeetingId && data.sourceLetterId) ctx.addIssue({ code: "custom", path: ["sourceMeetingId"], message: "oneSource" });
    // The title an official held is the one held on the day of the promise.
    if (data.promisedByPositionId && !data.promisedOn) ctx.addIssue({ code: "custom", path: ["promisedOn"], message: "promisedOnNeeded" });
    if (data.status === "KEPT" && !data.keptOn) ctx.addIssue({ code: "custom", path: ["keptOn"], message: "keptOnNeeded" });
    if (data.status !== "KEPT" && data.keptOn) ctx.addIssue({ code: "custom", path: ["status"], message: "keptOnMeansKept" });
    if (data.dueOn && data.promisedOn && data.dueOn < data.promisedOn) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "dueBeforePromise" });
    if (data.keptOn && data.promisedOn && data.keptOn < data.promisedOn) ctx.addIssue({ code: "custom", path: ["keptOn"], message: "keptBeforePromise" });
  });

export type TRecordCommitmentInput = z.output<typeof ZRecordCommitmentSchema>;
