// Hostile values for any form field: what a browser, a script or an attacker may send instead of
// what the form expects. Used by the schema tests (tests/unit/hostile-input.test.ts).

export type HostileValue = { label: string; value: unknown };

const text = (label: string, value: string): HostileValue => ({ label, value });

/** Strings a text box may receive. */
export const hostileStrings: HostileValue[] = [
  text("a script tag", "<script>alert(document.cookie)</script>"),
  text("an event handler", '"><img src=x onerror=alert(1)>'),
  text("a javascript: URL", "javascript:alert(1)"),
  text("an address on another site", "/\\evil.example/"),
  text("Markdown with raw HTML", "[clic](javascript:alert(1)) <iframe src=//evil.example>"),
  text("SQL injection", "'; DROP TABLE \"User\"; --"),
  text("SQL tautology", "' OR '1'='1"),
  text("a very long string (100,000 characters)", "a".repeat(100_000)),
  text("a long string of accented letters (10,001)", "é".repeat(10_001)),
  text("combining accents piled up", `e${"\u0301".repeat(5_000)}`),
  text("a right-to-left override", "facture\u202Efdp.exe"),
  text("zero-width characters", "ad\u200Bmin\u200D\uFEFF"),
  text("a NUL byte", "avant\u0000après"),
  text("only a NUL byte", "\u0000"),
  text("a lone high surrogate", "texte\uD800"),
  text("a lone low surrogate", "\uDC00texte"),
  text("emoji and flags", "👩‍👩‍👧‍👦🇫🇷"),
  text("whitespace only", " \t\r\n "),
  text("control characters", "\u0007\u001b[31mrouge\u001b[0m"),
  text("a path traversal", "../../etc/passwd"),
  text("a prototype key", "__proto__"),
  text("an impossible date", "2024-02-30"),
  text("a zero date", "0000-00-00"),
  text("a date far away", "275760-09-14"),
  text("an impossible time", "2024-05-01T25:61"),
  text("a date in another format", "01/05/2024"),
  text("a number too large", "1e309"),
  text("NaN", "NaN"),
  text("a negative number", "-1"),
  text("a fraction", "1.5"),
  text("an empty string", ""),
];

/** Values of the wrong type, as a direct call or a forged request may pass them. */
export const hostileTypes: HostileValue[] = [
  { label: "an array of strings", value: ["un", "deux"] },
  { label: "an empty array", value: [] },
  { label: "an array of objects", value: [{ id: "x" }, { __proto__: { admin: true } }] },
  { label: "an object", value: { toString: () => "piège" } },
  { label: "an object with a __proto__ key", value: JSON.parse('{"__proto__": {"isAdmin": true}}') },
  { label: "a number", value: 42 },
  { label: "a negative number", value: -1 },
  { label: "NaN", value: Number.NaN },
  { label: "Infinity", value: Number.POSITIVE_INFINITY },
  { label: "true", value: true },
  { label: "null", value: null },
  { label: "undefined", value: undefined },
  { label: "an invalid Date", value: new Date("not a date") },
  { label: "a big integer", value: 12n },
  { label: "a Blob", value: new Blob(["%PDF-1.4"]) },
];

export const hostileValues: HostileValue[] = [...hostileStrings, ...hostileTypes];

/** What PostgreSQL cannot store as text, or would store differently from what was shown. */
export function unstorableText(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL byte, which PostgreSQL refuses in text";
  if (!value.isWellFormed()) return "contains a lone surrogate, which would be stored as U+FFFD";
  return null;
}
