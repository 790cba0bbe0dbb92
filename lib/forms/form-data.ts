// Turns a submitted FormData into the plain object our zod schemas parse.
// `name` → string; `name[]` → string[]; `group[0].field` → [{ field }]; `group[0].field[]` →
// [{ field: string[] }] (several choices within a repeated row). Next's internal `$ACTION_` fields
// are dropped. Files are kept as File objects.

type Plain = Record<string, unknown>;

export function formDataToObject(formData: FormData): Plain {
  const result: Plain = {};
  for (const [rawKey, value] of formData.entries()) {
    if (rawKey.startsWith("$ACTION_")) continue;
    const group = /^(\w+)\[(\d+)\]\.(\w+)(\[\])?$/.exec(rawKey);
    if (group) {
      const [, name, index, field, many] = group;
      const list = (result[name] ??= []) as Plain[];
      const row = (list[Number(index)] ??= {});
      if (many) ((row[field] ??= []) as unknown[]).push(value);
      else row[field] = value;
      continue;
    }
    if (rawKey.endsWith("[]")) {
      const name = rawKey.slice(0, -2);
      ((result[name] ??= []) as unknown[]).push(value);
      continue;
    }
    result[rawKey] = value;
  }
  // Rows removed in the browser leave holes in the numbered groups.
  for (const key of Object.keys(result)) {
    if (Array.isArray(result[key])) result[key] = (result[key] as unknown[]).filter((item) => item !== undefined);
  }
  return result;
}

/** What the form showed, to hand back after an error: text only, never passwords nor files. */
export function echoValues(input: Plain): Plain {
  const values: Plain = {};
  for (const [key, value] of Object.entries(input)) {
    if (/password/i.test(key) || value instanceof File) continue;
    if (Array.isArray(value)) values[key] = value.map((item) => (item instanceof File ? null : item));
    else values[key] = value;
  }
  return values;
}
