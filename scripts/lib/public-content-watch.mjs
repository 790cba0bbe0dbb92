// Several instances of the app on one database each keep their own cached public pages (Next's
// cache in memory, and ./public-page-cache.mjs). A Server Action expires its own instance's at once
// and counts the change in the database (lib/public/revalidate.ts); this watcher, in every
// instance's web server, reads that count every second and, when it moved, has Next expire this
// instance's public pages through an internal route that only this process can call (the secret is
// made here, at start, and never leaves the process). So an item withdrawn through one instance is
// gone from all of them within about a second (docs/decisions/017).
import { randomBytes } from "node:crypto";
import pg from "pg";

const EVERY_MS = 1_000;
export const SECRET_HEADER = "x-plaidoyer-internal";

/** Starts watching; `stop()` ends it. Must run before the server takes requests (it sets the secret). */
export function watchPublicContent({ databaseUrl, port }) {
  const secret = randomBytes(32).toString("base64url");
  process.env.PLAIDOYER_INTERNAL_SECRET = secret;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 3_000 });
  // A connection lost while idle (the database restarting) is replaced on the next read.
  pool.on("error", () => {});
  let seen;
  let timer;
  let stopped = false;

  async function look() {
    try {
      const { rows } = await pool.query('SELECT "generation" FROM "PublicContentChange" WHERE "id" = 1');
      const generation = rows[0]?.generation;
      // The first reading is where this instance starts: its caches are empty, nothing to expire.
      if (generation === undefined || seen === undefined || generation === seen) {
        seen ??= generation;
        return;
      }
      const answer = await fetch(`http://127.0.0.1:${port}/api/internal/public-content`, { method: "POST", headers: { [SECRET_HEADER]: secret } });
      // Otherwise tried again on the next reading.
      if (answer.status === 204) seen = generation;
    } catch {
      // The database or the server is away for now: the next reading tries again.
    } finally {
      if (!stopped) {
        timer = setTimeout(look, EVERY_MS);
        timer.unref();
      }
    }
  }
  void look();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pool.end().catch(() => {});
    },
  };
}
