// Generates the Prisma client offline: the CLI wants DATABASE_URL to resolve (any value will do
// for `generate`) and must not phone home for telemetry.
import { execFileSync } from "node:child_process";

const env = {
  ...process.env,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  DATABASE_URL: process.env.DATABASE_URL || "postgresql://generate:generate@127.0.0.1:5432/generate",
};
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--no-hints"], {
  stdio: "inherit",
  env,
  timeout: 120_000,
});
