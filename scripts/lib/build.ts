// Runs `next build` only when the sources differ from those of the last build, so that
// `npm start` is quick after the first time and never serves a stale build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation-client.ts"];
const STAMP = path.join(".next", "plaidoyer-sources.sha256");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    if (entry === path.join("lib", "generated")) return;
    for (const child of readdirSync(entry).sort()) yield* files(path.join(entry, child));
  } else {
    yield entry;
  }
}

export function sourcesHash(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    for (const file of files(source)) {
      hash.update(file).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  const hash = sourcesHash();
  const built = existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) ? readFileSync(STAMP, "utf8") : "";
  if (built === hash) return;
  console.log("Building the app (next build)…");
  const result = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    // The build reads no database: every page that does is dynamic.
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: env.DATABASE_URL || "postgresql://build@127.0.0.1:1/build" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("next build failed (see above).");
  writeFileSync(STAMP, hash);
}
