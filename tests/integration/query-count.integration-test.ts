// Each list page reads the database a fixed number of times, whatever the number of rows: counted
// with Prisma's query events on a client installed in place of the app's one for this file.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { findDemands } from "@/lib/demands/queries";
import { parseDemandListParams } from "@/lib/demands/schema";
import { findLetters } from "@/lib/letters/queries";
import { parseLetterListParams } from "@/lib/letters/schema";
import { findMeetings } from "@/lib/meetings/queries";
import { parseMeetingListParams } from "@/lib/meetings/schema";
import { findPeople } from "@/lib/people/queries";
import { parsePersonListParams } from "@/lib/people/schema";
import { actorOf, makeDemand, makeInstitution, makeLetter, makeMeeting, makePerson, makePosition, uniqueTag } from "../support/make";

const holder = globalThis as unknown as { plaidoyerPrisma?: PrismaClient };
let queries = 0;

function countingClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: inject("databaseUrl"), max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", () => {
    queries++;
  });
  return client;
}

let counted: ReturnType<typeof countingClient>;
let previous: PrismaClient | undefined;

beforeAll(() => {
  previous = holder.plaidoyerPrisma;
  counted = countingClient();
  holder.plaidoyerPrisma = counted as unknown as PrismaClient;
});

afterAll(async () => {
  holder.plaidoyerPrisma = previous ?? createPrismaClient(inject("databaseUrl"));
  await counted.$disconnect();
});

async function countQueries(run: () => Promise<unknown>): Promise<number> {
  queries = 0;
  await run();
  return queries;
}

describe("list pages read the database a bounded number of times", () => {
  const member = actorOf("MEMBER");

  test("a page of 1 row and a page of 25 rows cost the same number of queries", async () => {
    const few = uniqueTag("few");
    const many = uniqueTag("many");
    const ministry = await makeInstitution();
    const official = await makePerson({ lastName: `Officiel ${few}` });
    await makePosition({ personId: official.id, institutionId: ministry.id });
    for (let i = 0; i < 30; i++) {
      const person = await makePerson({ lastName: `Officiel ${many} ${i}` });
      await makePosition({ personId: person.id, institutionId: ministry.id });
      await makeMeeting({ titleFr: `Rencontre ${many} ${i}`, institutionIds: [ministry.id] });
      await makeDemand({ titleFr: `Revendication ${many} ${i}`, institutionIds: [ministry.id] });
      await makeLetter({ subjectFr: `Courrier ${many} ${i}`, recipientInstitutionIds: [ministry.id] });
    }
    await makeMeeting({ titleFr: `Rencontre ${few}`, institutionIds: [ministry.id] });
    await makeDemand({ titleFr: `Revendication ${few}`, institutionIds: [ministry.id] });
    await makeLetter({ subjectFr: `Courrier ${few}`, recipientInstitutionIds: [ministry.id] });

    const lists = [
      (q: string) => findMeetings(member, parseMeetingListParams({ q })),
      (q: string) => findDemands(member, parseDemandListParams({ q })),
      (q: string) => findLetters(member, parseLetterListParams({ q })),
      (q: string) => findPeople(member, parsePersonListParams({ q: `Officiel ${q}` })),
    ];
    for (const list of lists) {
      const small = await countQueries(() => list(few));
      const large = await countQueries(() => list(many));
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
      // One query per relation in the select, plus the count: a constant of the list, not of its size.
      expect(large).toBeLessThanOrEqual(12);
    }
  });
});
