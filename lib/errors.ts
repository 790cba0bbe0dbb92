// Expected failures travel as values with a code; unexpected ones are thrown to error.tsx.
import type { ConflictChange } from "@/lib/forms/state";

export type AppErrorCode = "VALIDATION" | "CONFLICT" | "NOT_FOUND" | "FORBIDDEN" | "RATE_LIMITED" | "UNAUTHENTICATED";

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message: string = code,
    public readonly details: {
      /** VALIDATION found by a mutation: field path → message key (e.g. "positionNotHeldOnDate"). */
      fields?: Record<string, string>;
      /** CONFLICT: what the record holds now. */
      conflict?: { version: number; by: string | null; changes: ConflictChange[] };
    } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** Throws FORBIDDEN unless the condition holds: for mutations, where "not allowed" is an error. */
export function assert(condition: unknown, code: AppErrorCode = "FORBIDDEN"): asserts condition {
  if (!condition) throw new AppError(code);
}
