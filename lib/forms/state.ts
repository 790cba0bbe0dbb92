// What a server action hands back to its form: the outcome, the user's input, and messages
// already in the user's language. Plain data, so client components can take it.
import type { z } from "zod";

export type ConflictChange = { field: string; value: string };

export type FormState = {
  status: "idle" | "error" | "conflict" | "success";
  /** The user's input to show again (never passwords nor files). */
  values?: Record<string, unknown>;
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** On a version conflict: the version now saved, who saved it, and what it holds. */
  conflict?: { version: number; by: string | null; changes: ConflictChange[] };
  message?: string;
};

export const IDLE: FormState = { status: "idle" };

const CODE_TO_KEY: Record<string, string> = {
  invalid_type: "invalid",
  too_small: "tooShort",
  too_big: "tooLong",
  invalid_format: "invalid",
  invalid_value: "invalid",
  unrecognized_keys: "unknownField",
};

/**
 * One message per field from a zod error. A schema's own messages are keys ("required",
 * "endBeforeStart"…) looked up in the dictionary; zod's built-in issues map by their code.
 */
export function fieldErrorsFrom(error: z.ZodError, dictionary: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.map(String).join(".") : "_form";
    if (errors[path]) continue;
    const byMessage = dictionary[issue.message];
    const format = issue.code === "invalid_format" && "format" in issue ? (issue.format as string) : null;
    const key = format === "email" ? "invalidEmail" : format === "url" ? "invalidUrl" : (CODE_TO_KEY[issue.code] ?? "invalid");
    errors[path] = byMessage ?? dictionary[key] ?? dictionary.invalid;
  }
  return errors;
}
