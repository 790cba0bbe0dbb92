// `npm test`: every tier in turn (unit, integration, end-to-end); stops at the first that fails.
import { spawnSync } from "node:child_process";

const tiers = ["test:unit", "test:integration", "test:e2e"];
for (const tier of tiers) {
  console.log(`\n── npm run ${tier}`);
  const result = spawnSync("npm", ["run", "--silent", tier], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n${tier} failed.`);
    process.exit(result.status ?? 1);
  }
}
