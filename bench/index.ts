// `npm run bench`: runs every benchmark of bench/ (each top-level .ts file but this one), one after another.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const benches = readdirSync("bench").filter((file) => file.endsWith(".ts") && file !== "index.ts").sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== bench/${file} ===`);
  const result = spawnSync(process.execPath, ["--import", "tsx", `bench/${file}`], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
