import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createOnce, newSubmissionId, recordSubmission } from "@/lib/forms/submission";

const createOrganisation = (submissionId: string, slug: string) => () =>
  db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: { name: slug, slug }, select: { id: true } });
    await recordSubmission(tx, submissionId, "Organisation", organisation.id);
    return organisation.id;
  });

describe("a create form submitted twice", () => {
  test("one after the other creates one record and returns it both times", async () => {
    const submission = newSubmissionId();
    const slug = `once-${submission}`;
    const first = await createOnce(submission, createOrganisation(submission, slug));
    const second = await createOnce(submission, createOrganisation(submission, `${slug}-again`));
    expect(second).toEqual({ id: first.id, repeated: true });
    expect(await db.organisation.count({ where: { slug: { startsWith: slug } } })).toBe(1);
  });

  test("at the same moment (a double-click) still creates one record", async () => {
    const submission = newSubmissionId();
    const slug = `double-${submission}`;
    const results = await Promise.all([
      createOnce(submission, createOrganisation(submission, `${slug}-a`)),
      createOnce(submission, createOrganisation(submission, `${slug}-b`)),
    ]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.organisation.count({ where: { slug: { startsWith: slug } } })).toBe(1);
  });
});
