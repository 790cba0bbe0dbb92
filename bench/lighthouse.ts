// `npm run bench:lighthouse`: Lighthouse (the npm package) in Debian's Chromium on the public home and
// timeline, in French and in English; prints the four category scores of each page. It starts the
// built app itself, like bench/timeline.ts, with the same data.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startApp } from "./lib/app";
import { seedSyntheticTimeline } from "./synthetic-timeline";

const PORT = Number(process.env.BENCH_PORT || 3451);
const DATA_DIR = process.env.BENCH_DATA_DIR || ".data/bench-lighthouse";
const PAGES = ["/", "/timeline", "/en", "/en/timeline"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function main() {
  if (!process.env.BENCH_KEEP_DATA) rmSync(DATA_DIR, { recursive: true, force: true });
  const app = await startApp({ port: PORT, dataDir: DATA_DIR, quiet: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const results: Record<string, Record<string, number>> = {};
  try {
    if ((await app.prisma.meeting.count()) < 100) await seedSyntheticTimeline(app.prisma, 0.5);
    for (const page of PAGES) for (let n = 0; n < 3; n++) await (await fetch(app.url + page)).arrayBuffer();
    for (const page of PAGES) {
      const result = await lighthouse(app.url + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const scores: Record<string, number> = {};
      for (const category of CATEGORIES) scores[category] = Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
      results[page] = scores;
      const failing = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary");
      console.log(`${page.padEnd(14)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(" · ")}`);
      const metric = (id: string) => result.lhr.audits[id]?.displayValue ?? "?";
      console.log(
        `  FCP ${metric("first-contentful-paint")} · LCP ${metric("largest-contentful-paint")} · TBT ${metric("total-blocking-time")} · CLS ${metric("cumulative-layout-shift")} · SI ${metric("speed-index")}`,
      );
      if (failing.length) console.log(`  failing audits: ${failing.map((audit) => audit.id).join(", ")}`);
    }
    mkdirSync("bench/results", { recursive: true });
    const file = path.join("bench/results", `lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
    console.log(`Saved ${file}`);
    const ok = Object.values(results).every((s) => s.performance >= 95 && s.accessibility === 100);
    if (!ok) process.exitCode = 2;
  } finally {
    chrome.kill();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
