// `npm run user:create -- --email ana@example.org --name "Ana Martin" [--role COORDINATOR]
//  [--organisation <slug>]`: creates an account; asks for the password (or reads PASSWORD).
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { withScriptDatabase } from "../lib/database/for-scripts";

async function askPassword(): Promise<string> {
  if (process.env.PASSWORD) return process.env.PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await rl.question("Password (at least 10 characters): ");
  rl.close();
  return password;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "COORDINATOR" },
      organisation: { type: "string" },
    },
  });
  if (!values.email || !values.name) {
    throw new Error('Usage: npm run user:create -- --email ana@example.org --name "Ana Martin" [--role COORDINATOR|MEMBER|OBSERVER] [--organisation slug]');
  }
  const password = await askPassword();
  await withScriptDatabase(async (databaseUrl) => {
    process.env.DATABASE_URL = databaseUrl;
    const { db } = await import("../lib/db");
    const { createAccount } = await import("../lib/accounts/mutations");
    const { ZCreateAccountSchema } = await import("../lib/accounts/schema");
    let organisationId: string | null = null;
    if (values.organisation) {
      const organisation = await db.organisation.findUnique({ where: { slug: values.organisation }, select: { id: true } });
      if (!organisation) throw new Error(`No organisation with the slug "${values.organisation}".`);
      organisationId = organisation.id;
    }
    const parsed = ZCreateAccountSchema.safeParse({ email: values.email, name: values.name, role: values.role, organisationId, password });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      throw new Error(`Not created: ${problems}`);
    }
    const user = await createAccount({ actor: "system", data: parsed.data });
    console.log(`Created ${user.email} (${user.role}).`);
    await db.$disconnect();
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
