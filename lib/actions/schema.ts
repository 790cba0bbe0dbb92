// The follow-up action forms (status change, comment), shared by the forms and their server
// actions, and the list's URL parameters (at the end).
import { z } from "zod";
import { enumOf, id, optionalText, storableString, submissionId, version } from "@/lib/forms/fields";
import { ActionStatus } from "@/lib/generated/prisma/enums";
import { filter, parseListParams, type RawSearchParams } from "@/lib/lists/params";

export const ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export type ActionStatusValue = (typeof ACTION_STATUSES)[number];

/** Still to do: an action open or in progress; past its due day, it is late. */
export const STILL_TO_DO = ["OPEN", "IN_PROGRESS"] as const satisfies readonly ActionStatusValue[];

/** Whether an action is late on `today` (a date at midnight UTC, as the due dates are). */
export function isOverdue(action: { status: string; dueOn: Date | null }, today: Date): boolean {
  return (STILL_TO_DO as readonly string[]).includes(action.status) && action.dueOn !== null && action.dueOn < today;
}

/** Closing an action says what was done, or why it was dropped: the coordination reads it later. */
export const NOTE_REQUIRED_FOR: readonly ActionStatusValue[] = ["DONE", "CANCELLED"];

export const NOTE_MAX = 2_000;
export const COMMENT_MAX = 5_000;

export const ZChangeActionStatusSchema = z
  .object({
    actionId: id(),
    version: version(),
    status: enumOf(ACTION_STATUSES),
    note: optionalText(NOTE_MAX),
  })
  .superRefine((data, ctx) => {
    if (NOTE_REQUIRED_FOR.includes(data.status) && !data.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "noteRequired" });
    }
  });

export type TChangeActionStatusInput = z.output<typeof ZChangeActionStatusSchema>;

export const ZAddActionCommentSchema = z.object({
  actionId: id(),
  submissionId: submissionId(),
  body: storableString({ error: "required" }).trim().min(1, "required").max(COMMENT_MAX, "commentTooLong"),
});

export type TAddActionCommentInput = z.output<typeof ZAddActionCommentSchema>;

// ─── The list's URL parameters ───

/** Whose actions the list shows: the reader's, her organisation's, both, or all she may read. */
export const ACTION_VIEWS = { assigned: "assigned", mine: "mine", organisation: "organisation", all: "all" } as const;
export type ActionView = keyof typeof ACTION_VIEWS;

export const actionListFilters = {
  view: filter.oneOf(ACTION_VIEWS),
  meeting: filter.id(),
  status: filter.oneOf(ActionStatus),
  organisation: filter.id(),
  dueBefore: filter.day(),
  /** Open or in progress and past due: what the coordinator's dashboard counts as late. */
  overdue: filter.flag(),
};

export function parseActionListParams(raw: RawSearchParams) {
  return parseListParams(raw, actionListFilters);
}

export type ActionListParams = ReturnType<typeof parseActionListParams>;
