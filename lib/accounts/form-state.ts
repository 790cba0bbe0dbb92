// What an account form's server action hands back to the form: sentences already in the user's
// language, and the input to put back (never passwords).
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
  values?: Record<string, string>;
  link?: string;
};

export const IDLE: FormState = { status: "idle" };
