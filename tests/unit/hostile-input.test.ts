// Every zod schema of every lib/**/schema.ts (found at test time, so a new one cannot be
// forgotten) receives hostile values in each of its fields: it must answer with a ZodError, never
// throw, and whatever it accepts must be what it stores — no NUL byte PostgreSQL would refuse, no
// lone surrogate it would turn into U+FFFD, no text cut or changed beyond trimming.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { hostileStrings, hostileValues, unstorableText } from "../support/hostile-values";

type Schema = z.ZodType;
type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && "_zod" in value && typeof (value as Schema).safeParse === "function";

const ROOT = process.cwd();
const schemaFiles = (readdirSync(path.join(ROOT, "lib"), { recursive: true }) as string[])
  .filter((file) => path.basename(file) === "schema.ts")
  .map((file) => path.join("lib", file))
  .sort();

/** The fields of an object schema, through pipes, intersections, unions and wrappers. */
function fieldsOf(schema: Schema, seen = new Set<unknown>()): Record<string, Schema> | null {
  if (seen.has(schema)) return null;
  seen.add(schema);
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return { ...(def.shape as Record<string, Schema>) };
    case "pipe":
      return fieldsOf(def.in as Schema, seen) ?? fieldsOf(def.out as Schema, seen);
    case "intersection": {
      const [left, right] = [fieldsOf(def.left as Schema, seen), fieldsOf(def.right as Schema, seen)];
      return left || right ? { ...left, ...right } : null;
    }
    case "union": {
      const options = (def.options as Schema[]).map((option) => fieldsOf(option, seen)).filter(Boolean);
      return options.length ? Object.assign({}, ...options) : null;
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return fieldsOf(def.innerType as Schema, seen);
    default:
      return null;
  }
}

/** Values that real forms send, tried in turn to build a valid submission. */
function candidates(field: Schema): unknown[] {
  const found: unknown[] = [];
  const collect = (schema: Schema, depth = 0) => {
    if (depth > 6) return;
    const def = defOf(schema);
    if (def.type === "enum") found.push(...Object.values(def.entries as Record<string, string>));
    if (def.type === "literal") found.push(...(def.values as unknown[]));
    for (const key of ["innerType", "in", "out", "left", "right", "element"]) if (isSchema(def[key])) collect(def[key] as Schema, depth + 1);
    if (Array.isArray(def.options)) (def.options as Schema[]).forEach((option) => collect(option, depth + 1));
  };
  collect(field);
  return [
    ...found,
    undefined,
    "Texte ordinaire",
    "coordination@example.org",
    "Un-mot-de-passe-solide-2024",
    "2024-05-01",
    "2024-05-01T10:30",
    "1",
    "on",
    "true",
    "abcdefghijklmnop1234",
    "clx0a1b2c3d4e5f6g7h8i9j0k",
    "https://www.example.org/",
    // A small real PDF, for file fields (checked from its content).
    new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], "rapport.pdf", { type: "application/pdf" }),
    [],
    null,
  ];
}

/** A submission the schema accepts, found field by field, then repaired where cross-field rules object. */
function validBaseline(schema: Schema, fields: Record<string, Schema>): Record<string, unknown> | null {
  const baseline: Record<string, unknown> = {};
  const options: Record<string, unknown[]> = {};
  for (const [key, field] of Object.entries(fields)) {
    options[key] = candidates(field).filter((value) => field.safeParse(value).success);
    baseline[key] = options[key][0];
  }
  for (let round = 0; round < 20; round++) {
    const result = schema.safeParse(baseline);
    if (result.success) return baseline;
    const key = String(result.error.issues[0]?.path[0] ?? "");
    const tried = options[key];
    if (!tried || tried.length < 2) return null;
    tried.push(tried.shift());
    baseline[key] = tried[0];
  }
  return null;
}

/** Every problem with what a schema accepted for `input`, given that it produced `output`. */
function storageProblems(input: unknown, output: unknown): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === "string") {
      const unstorable = unstorableText(value);
      if (unstorable) problems.push(`${where} ${unstorable}`);
    } else if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) problems.push(`${where} is an invalid Date`);
    } else if (typeof value === "number") {
      if (!Number.isFinite(value)) problems.push(`${where} is ${value}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${where}[${index}]`));
    } else if (value && typeof value === "object" && !(value instanceof Blob)) {
      for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`);
    }
  };
  walk(output, "the accepted value");
  // Text is kept as typed, trimmed, perhaps lower-cased (e-mail addresses): never cut nor rewritten.
  if (typeof input === "string" && typeof output === "string") {
    const kept = [input, input.trim(), input.trim().toLowerCase()];
    if (!kept.includes(output)) problems.push(`the text was changed from ${JSON.stringify(input.slice(0, 40))}… (${input.length}) to ${JSON.stringify(output.slice(0, 40))}… (${output.length})`);
  }
  return problems;
}

function tryParse(schema: Schema, value: unknown) {
  try {
    const result = schema.safeParse(value);
    if (!result.success && !Array.isArray(result.error?.issues)) return { thrown: "a failure without ZodError issues" };
    return { result };
  } catch (error) {
    return { thrown: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

test("the schema files are found", () => {
  expect(schemaFiles.length).toBeGreaterThan(0);
  expect(schemaFiles).toContain(path.join("lib", "accounts", "schema.ts"));
});

describe.each(schemaFiles)("%s", (file) => {
  test("every exported schema answers hostile values with field errors or stores exactly what it accepted", async () => {
    const module = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    const schemas = Object.entries(module).filter((entry): entry is [string, Schema] => isSchema(entry[1]));
    // Some schema files hold only the parsing of a list's URL, as functions: nothing to feed here.
    if (schemas.length === 0) return;
    const failures: string[] = [];

    for (const [name, schema] of schemas) {
      const fields = fieldsOf(schema);
      if (!fields) {
        // A schema of one value (an e-mail, a role): the hostile value is the whole input.
        for (const { label, value } of hostileValues) {
          const { thrown, result } = tryParse(schema, value);
          if (thrown) failures.push(`${name} threw on ${label}: ${thrown}`);
          else if (result?.success) failures.push(...storageProblems(value, result.data).map((problem) => `${name} with ${label}: ${problem}`));
        }
        continue;
      }
      const baseline = validBaseline(schema, fields);
      if (!baseline) {
        failures.push(`${name}: no valid submission could be built from ordinary values; add a case to candidates() in this test`);
        continue;
      }
      for (const key of Object.keys(fields)) {
        for (const { label, value } of hostileValues) {
          const { thrown, result } = tryParse(schema, { ...baseline, [key]: value });
          if (thrown) failures.push(`${name}.${key} threw on ${label}: ${thrown}`);
          else if (result?.success) {
            const output = (result.data as Record<string, unknown>)[key];
            failures.push(...storageProblems(value, output).map((problem) => `${name}.${key} with ${label}: ${problem}`));
          }
        }
        // Unknown fields and a whole submission of the wrong type never throw either.
        for (const whole of [null, "texte", 42, [], { ...baseline, [`${key}Extra`]: "x", __proto__: { admin: true } }]) {
          const { thrown } = tryParse(schema, whole);
          if (thrown) failures.push(`${name} threw on a submission of type ${typeof whole}: ${thrown}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

test("the hostile strings include what PostgreSQL cannot store", () => {
  const unstorable = hostileStrings.filter(({ value }) => unstorableText(value as string));
  expect(unstorable.map(({ label }) => label)).toEqual(["a NUL byte", "only a NUL byte", "a lone high surrogate", "a lone low surrogate"]);
});
