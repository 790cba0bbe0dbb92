// `npm run test:e2e`: end-to-end tests in Debian's Chromium against the built app, on a fresh
// database: a throwaway database on the PostgreSQL server named by DATABASE_URL, or a fresh
// embedded one in .data/e2e.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

async function main(): Promise<number> {
  if (!existsSync(chromium)) {
    console.error(`Chromium is not installed at ${chromium}: run "apt-get install -y chromium" (or set CHROMIUM_PATH), then npm test again.`);
    return 1;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    PLAIDOYER_DEMO: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  let drop = async () => {};
  if (process.env.DATABASE_URL) {
    const name = `plaidoyer_e2e_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    env.UPLOAD_DIR = path.resolve(".data/e2e/uploads");
    env.MAIL_DIR = path.resolve(".data/e2e/mail");
    drop = async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    env.PLAIDOYER_DATA_DIR = path.resolve(".data/e2e");
  }
  rmSync(path.resolve(".data/e2e"), { recursive: true, force: true });
  const args = ["playwright", "test", ...process.argv.slice(2)];
  const code = await new Promise<number>((resolve) => {
    const child = spawn("npx", args, { env, stdio: "inherit" });
    child.on("exit", (status) => resolve(status ?? 1));
  });
  await drop().catch((error) => console.warn(`Could not drop the e2e database: ${error.message}`));
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
