// Several instances of the app on one database each keep their own cached public pages (Next's
// cache in memory, and ./public-page-cache.mjs). A Server Action expires its own instance's at once
// and counts the change in the database (lib/public/revalidate.ts); this watcher, in every
// instance's web server, reads that count every second and, when it passed what this instance's
// pages already reflect, has Next expire them through an internal route that only this process can
// call (the secret is made here, at start, and never leaves the process). So an item withdrawn
// through one instance is gone from all of them within about a second (docs/decisions/017).
import { randomBytes } from "node:crypto";
import pg from "pg";
import {
  coveredPublicContentCount,
  coverPublicContentCount,
  INTERNAL_SECRET_HEADER,
  INTERNAL_SECRET_VARIABLE,
} from "../../lib/http/public-content-generation.mjs";

const EVERY_MS = 1_000;

/**
 * One reading: `readCount()` gives the database's count, `expire()` expires this instance's public
 * pages and says whether it did. The first reading is where this instance starts (its caches are
 * empty); a count this instance's pages already reflect (its own change) expires nothing; a failed
 * expiry is tried again on the next reading.
 */
export function publicContentReading({ readCount, expire }) {
  return async () => {
    const count = await readCount();
    if (count === undefined) return;
    const covered = coveredPublicContentCount();
    if (covered !== undefined && count <= covered) return;
    if (covered === undefined || (await expire())) coverPublicContentCount(count);
  };
}

/** Starts watching; `stop()` ends it. Must run before the server takes requests (it sets the secret). */
export function watchPublicContent({ databaseUrl, port }) {
  const secret = randomBytes(32).toString("base64url");
  process.env[INTERNAL_SECRET_VARIABLE] = secret;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 3_000 });
  // A connection lost while idle (the database restarting) is replaced on the next read.
  pool.on("error", () => {});
  const read = publicContentReading({
    readCount: async () => (await pool.query('SELECT "generation" FROM "PublicContentChange" WHERE "id" = 1')).rows[0]?.generation,
    expire: async () =>
      (await fetch(`http://127.0.0.1:${port}/api/internal/public-content`, { method: "POST", headers: { [INTERNAL_SECRET_HEADER]: secret } })).status === 204,
  });
  let timer;
  let stopped = false;
  async function look() {
    try {
      await read();
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
