// `npm run reminders`: sends today's digests of follow-up actions (see lib/reminders/run.ts).
// Run it from cron once a day or more often; nobody receives the same day's digest twice.
import { withScriptDatabase } from "../lib/database/for-scripts";

async function main() {
  await withScriptDatabase(async (databaseUrl) => {
    process.env.DATABASE_URL = databaseUrl;
    const { db } = await import("../lib/db");
    const { sendDueReminders } = await import("../lib/reminders/run");
    try {
      const run = await sendDueReminders({ log: (line) => console.log(line) });
      console.log(
        `Reminders for ${run.day.toISOString().slice(0, 10)}: ${run.sent} sent, ${run.alreadySent} already sent today, ${run.failed} failed (${run.candidates} people with actions due).`,
      );
      if (run.failed > 0) process.exitCode = 1;
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
