// What a version conflict shows must read as the form reads: field labels, and the labels of
// enum values ("Ministère", not "MINISTRY"), in the user's language.
export type ConflictTexts = {
  /** field → its label */
  labels?: Record<string, string>;
  /** field → (stored value → its label), for enums */
  values?: Record<string, Record<string, string>>;
};

/** The same fields with each enum value replaced by its label. */
export function presentForConflict(fields: Record<string, unknown>, texts: ConflictTexts = {}): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    const labels = texts.values?.[field];
    shown[field] = labels && typeof value === "string" ? (labels[value] ?? value) : value;
  }
  return shown;
}
