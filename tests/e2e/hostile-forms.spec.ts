// Every form, end to end: each server action the build has is posted by a coordinator with each of
// its fields in turn replaced by a hostile value (tests/support/hostile-values.ts: scripts, 100,000
// characters, SQL-like text, invalid dates, odd Unicode, an address on another site; and a file
// where text is expected). The app must answer without a server error,
// and whatever it stores must be exactly what was sent (trimmed, as the forms show it): a value
// carrying this run's marker is looked for in every text column of the database afterwards.
// No answer may send the browser to another site. The valid inputs and the action list are the
// authorization matrix's (authorization-samples.ts).
import { randomBytes } from "node:crypto";
import { builtActions, builtRoutes, encodeReply } from "../support/build-manifests";
import { hostileStrings } from "../support/hostile-values";
import { ACTION_SAMPLES, prepareSamples, type Samples } from "./authorization-samples";
import { DEMO, expect, SESSION_COOKIE, sessionTokenFor, test, testDb } from "./fixtures";

const routesManifest = builtRoutes();

/** The shared hostile strings sent through every form (the schema test sends them all). */
const THROUGH_FORMS = [
  "an event handler",
  "SQL injection",
  "a very long string (100,000 characters)",
  "a right-to-left override",
  "zero-width characters",
  "a NUL byte",
  "a lone high surrogate",
  "an address on another site",
  "an impossible date",
  "a number too large",
];
const HOSTILE: { name: string; value: (mark: string) => string | File }[] = [
  ...THROUGH_FORMS.map((label) => {
    const { value } = hostileStrings.find((hostile) => hostile.label === label)!;
    // Text carries the mark, to be found wherever it is stored; dates and numbers go as they are.
    const marked = !/date|number/.test(label);
    return { name: label, value: (mark: string) => (marked ? `${String(value)}${mark}` : String(value)) };
  }),
  { name: "a file where text is expected", value: (mark) => new File([`${mark} file`], `${mark}.txt`, { type: "text/plain" }) },
];

let everyTextColumn: string | undefined;

/** Every text value of the database that contains `mark`, with where it is. */
async function storedWith(mark: string): Promise<{ where: string; value: string }[]> {
  const db = testDb();
  everyTextColumn ??= await textColumnsQuery();
  return db.$queryRawUnsafe<{ where: string; value: string }[]>(everyTextColumn, mark);
}

async function textColumnsQuery(): Promise<string> {
  const columns = await testDb().$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT c.table_name::text AS table_name, c.column_name::text AS column_name
    FROM information_schema.columns c JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'character varying')`;
  const parts = columns.map(
    ({ table_name: table, column_name: column }) =>
      `SELECT '${table}.${column}' AS "where", "${column}"::text AS value FROM "${table}" WHERE strpos("${column}", $1) > 0`,
  );
  return parts.join(" UNION ALL ");
}

test.describe.configure({ mode: "serial" });

let samples: Samples;

test.beforeAll(async () => {
  samples = await prepareSamples();
});

test("every server action answers hostile input in any field without a server error, and stores exactly what it shows", async ({ baseURL }) => {
  test.setTimeout(15 * 60_000);
  const failures: string[] = [];
  let calls = 0;
  let stored = 0;
  for (const { id, key, page } of builtActions()) {
    const sample = ACTION_SAMPLES[key];
    expect(sample, `a sample input for ${key} (tests/e2e/authorization-samples.ts)`).toBeTruthy();
    const route = routesManifest[page].replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => encodeURIComponent(samples.ids[name]));
    const post = async (form: FormData, cookie: string, convention: "form state" | "form") =>
      fetch(new URL(route, baseURL), {
        method: "POST",
        headers: { cookie: `${SESSION_COOKIE}=${cookie}`, "Next-Action": id, Origin: baseURL!, Accept: "text/x-component" },
        // The wire format React's client uses: (previous state, form data) for a form with
        // useActionState, (form data) for a plain <form action>.
        body: await encodeReply(convention === "form state" ? [{ status: "idle" }, form] : [form]),
        redirect: "manual",
      });
    const validForm = async () => {
      const form = new FormData();
      for (const [name, value] of Object.entries(await sample(samples))) form.set(name, value);
      return form;
    };
    // Which way the app's own form calls the action: an action that takes (form data) alone fails
    // on (state, form data); an empty form changes nothing either way.
    const convention = (await post(new FormData(), await sessionTokenFor(DEMO.coordinator), "form state")).status < 500 ? "form state" : "form";
    const fields = Object.keys(await sample(samples));
    // A session of its own for each action, so that one that ends sessions cannot silently turn
    // the calls after it into refused, anonymous ones.
    const cookie = await sessionTokenFor(DEMO.coordinator);
    for (const field of fields) {
      for (const hostile of HOSTILE) {
        const mark = `HOSTILE${randomBytes(6).toString("hex").toUpperCase()}`;
        const value = hostile.value(mark);
        // A fresh valid input each time (new submission ids, current versions), with one field made hostile.
        const form = await validForm();
        form.set(field, value);
        const response = await post(form, cookie, convention);
        calls++;
        const redirectTo = response.headers.get("x-action-redirect") ?? response.headers.get("location");
        if (redirectTo && new URL(redirectTo.split(";")[0], baseURL).origin !== new URL(baseURL!).origin) {
          failures.push(`${key}, ${field} = ${hostile.name}: sends the browser to ${redirectTo}`);
        }
        const body = await response.text();
        if (response.status >= 500 || /"digest"/.test(body)) {
          failures.push(`${key}, ${field} = ${hostile.name}: HTTP ${response.status} ${body.slice(0, 200)}`);
          continue;
        }
        if (typeof value !== "string" || !value.includes(mark)) continue;
        // What travels: the request body is UTF-8, which has no lone surrogates (they become U+FFFD).
        const sent = Buffer.from(value, "utf8").toString("utf8").trim();
        for (const row of await storedWith(mark)) {
          stored++;
          if (row.value !== sent) {
            failures.push(`${key}, ${field} = ${hostile.name}: ${row.where} holds ${JSON.stringify(row.value.slice(0, 80))}, not what was sent`);
          }
        }
      }
    }
  }
  console.log(`${calls} hostile calls; ${stored} stored values checked`);
  expect(failures).toEqual([]);
  expect(calls).toBeGreaterThan(300);
});
