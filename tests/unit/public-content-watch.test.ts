// One reading of scripts/lib/public-content-watch.mjs: when an instance expires its public pages
// because of the database's count of public changes, and when not.
import { expect, it } from "vitest";
import { coveredPublicContentCount, coverPublicContentCount } from "../../lib/http/public-content-generation.mjs";
import { publicContentReading } from "../../scripts/lib/public-content-watch.mjs";

it("starts where the count is, expires once per change of another instance, never for its own, and tries again when expiring failed", async () => {
  let count = 7;
  let expiries = 0;
  let expiryWorks = true;
  const read = publicContentReading({
    readCount: async () => count,
    expire: async () => {
      expiries++;
      return expiryWorks;
    },
  });

  // At start the caches are empty: the count is only taken as where this instance stands.
  expect(coveredPublicContentCount()).toBeUndefined();
  await read();
  expect(expiries).toBe(0);
  expect(coveredPublicContentCount()).toBe(7);

  // Nothing changed: nothing expired.
  await read();
  expect(expiries).toBe(0);

  // Another instance changed the public content: expired once, however many readings follow.
  count = 8;
  await read();
  await read();
  expect(expiries).toBe(1);

  // This instance's own change (lib/public/revalidate.ts counts it, expires, then covers it).
  count = 9;
  coverPublicContentCount(9);
  await read();
  expect(expiries).toBe(1);

  // Two changes elsewhere, and the expiry fails (the server busy closing): tried again next time.
  count = 11;
  expiryWorks = false;
  await read();
  expect(coveredPublicContentCount()).toBe(9);
  expiryWorks = true;
  await read();
  expect(expiries).toBe(3);
  expect(coveredPublicContentCount()).toBe(11);

  // A covered count never goes back.
  coverPublicContentCount(10);
  expect(coveredPublicContentCount()).toBe(11);
});
