// "The end cannot come before the start", said beside the end field, for any pair of dates.
import type { z } from "zod";

type Dated = Record<string, unknown>;

/** A superRefine check: when both dates are given, `end` must not be before `start`. */
export function endNotBeforeStart<T extends Dated>(start: keyof T & string, end: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const from = value[start];
    const to = value[end];
    if (from instanceof Date && to instanceof Date && to.getTime() < from.getTime()) {
      ctx.addIssue({ code: "custom", path: [end], message: "endBeforeStart" });
    }
  };
}
