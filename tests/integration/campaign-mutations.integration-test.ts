import { describe, expect, test } from "vitest";
import { createCampaign, updateCampaign } from "@/lib/campaigns/mutations";
import { ZCreateCampaignSchema, type TCreateCampaignInput } from "@/lib/campaigns/schema";
import { db } from "@/lib/db";
import { auditEntriesOf, coordinator, day, newSubmissionId, outsiders, refusedWith, unique } from "./registry-helpers";

const campaignData = (overrides: Partial<TCreateCampaignInput> = {}): TCreateCampaignInput => ({
  nameFr: `Loi asile ${unique()}`,
  nameEn: null,
  descriptionFr: null,
  descriptionEn: null,
  startsOn: day("2018-02-01"),
  endsOn: null,
  visibility: "PUBLIC",
  slug: null,
  submissionId: newSubmissionId(),
  ...overrides,
});

function updateData(campaign: { id: string; version: number; slug: string }, data: TCreateCampaignInput, changes: Partial<TCreateCampaignInput> = {}) {
  const { submissionId: _, slug: __, ...fields } = data;
  return { ...fields, slug: campaign.slug, campaignId: campaign.id, version: campaign.version, ...changes } as Parameters<typeof updateCampaign>[0]["data"];
}

describe("campaigns", () => {
  test("a campaign without a slug gets one from its name; with one, it must be free", async () => {
    const actor = await coordinator();
    const data = campaignData();
    const { id } = await createCampaign({ actor, data });
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id } });
    expect(campaign.slug).toBe(`loi-asile-${data.nameFr.split(" ").at(-1)}`);
    expect(await auditEntriesOf("Campaign", id)).toMatchObject([{ action: "create", actorId: actor.id, changes: { nameFr: data.nameFr, slug: campaign.slug } }]);
    const error = await refusedWith(createCampaign({ actor, data: campaignData({ slug: campaign.slug }) }), "VALIDATION");
    expect(error.details.fields).toEqual({ slug: "slugTaken" });
  });

  test("the end cannot come before the start; a slug must be lower-case words", () => {
    const base = { nameFr: "Dossier", visibility: "MEMBERS", submissionId: newSubmissionId() };
    expect(ZCreateCampaignSchema.safeParse({ ...base, startsOn: "2018-02-01", endsOn: "2017-12-31" }).error?.issues).toMatchObject([
      { path: ["endsOn"], message: "endBeforeStart" },
    ]);
    expect(ZCreateCampaignSchema.safeParse({ ...base, slug: "../loi asile" }).error?.issues).toMatchObject([{ path: ["slug"], message: "invalidSlug" }]);
  });

  test("a double-click creates one campaign", async () => {
    const actor = await coordinator();
    const data = campaignData();
    await Promise.all([createCampaign({ actor, data }), createCampaign({ actor, data })]);
    expect(await db.campaign.count({ where: { nameFr: data.nameFr } })).toBe(1);
  });

  test("an edit records its diff; a stale edit is told who saved and what", async () => {
    const [first, second] = [await coordinator(), await coordinator()];
    const data = campaignData();
    const { id } = await createCampaign({ actor: first, data });
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id } });
    await updateCampaign({ actor: first, data: updateData(campaign, data, { visibility: "MEMBERS", endsOn: day("2018-09-10") }) });
    expect((await auditEntriesOf("Campaign", id)).at(-1)).toMatchObject({
      action: "update",
      changes: { visibility: ["PUBLIC", "MEMBERS"], endsOn: [null, "2018-09-10T00:00:00.000Z"] },
    });
    const error = await refusedWith(
      updateCampaign({
        actor: second,
        data: updateData(campaign, data, { nameEn: "Asylum bill" }),
        texts: { labels: { visibility: "Visibilité", endsOn: "Au", nameEn: "Nom en anglais" }, values: { visibility: { MEMBERS: "Membres", PUBLIC: "Public" } } },
      }),
      "CONFLICT",
    );
    expect(error.details.conflict).toMatchObject({
      version: 2,
      by: first.name,
      changes: expect.arrayContaining([
        { field: "Visibilité", value: "Membres" },
        { field: "Au", value: "2018-09-10" },
      ]),
    });
  });

  test("members, observers and anonymous visitors are refused and nothing changes", async () => {
    const actor = await coordinator();
    const data = campaignData();
    const { id } = await createCampaign({ actor, data });
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id } });
    for (const { label, actor: outsider } of await outsiders()) {
      const other = campaignData();
      await refusedWith(createCampaign({ actor: outsider, data: other }), "FORBIDDEN");
      expect(await db.campaign.count({ where: { nameFr: other.nameFr } }), label).toBe(0);
      await refusedWith(updateCampaign({ actor: outsider, data: updateData(campaign, data, { nameFr: "Piraté" }) }), "FORBIDDEN");
    }
    expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ nameFr: data.nameFr, version: 1 });
  });
});
