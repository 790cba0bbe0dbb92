import { describe, expect, test } from "vitest";
import { findCampaigns, getCampaign } from "@/lib/campaigns/queries";
import { parseCampaignListParams } from "@/lib/campaigns/schema";
import { findStatements, getStatement } from "@/lib/statements/queries";
import { parseStatementListParams } from "@/lib/statements/schema";
import { actorOf, makeCampaign, makeDemand, makeLetter, makeMeeting, makeStatement, uniqueTag } from "../support/make";

const member = actorOf("MEMBER");
const observer = actorOf("OBSERVER");

describe("statements and campaigns", () => {
  test("a campaign's page lists only what the reader may see of its meetings, letters, statements and demands", async () => {
    const tag = uniqueTag("camp");
    const campaign = await makeCampaign({ nameFr: `Projet de loi asile ${tag}`, visibility: "MEMBERS" });
    const hidden = await makeCampaign({ nameFr: `Stratégie ${tag}`, visibility: "COORDINATION" });
    const meeting = await makeMeeting({ campaignId: campaign.id });
    await makeMeeting({ campaignId: campaign.id, visibility: "COORDINATION" });
    const letter = await makeLetter({ campaignId: campaign.id });
    await makeLetter({ campaignId: campaign.id, visibility: "COORDINATION" });
    const statement = await makeStatement({ campaignId: campaign.id, titleFr: `Communiqué ${tag}`, visibility: "PUBLIC" });
    await makeStatement({ campaignId: campaign.id, titleFr: `Brouillon ${tag}`, visibility: "COORDINATION" });
    const demand = await makeDemand({ campaignId: campaign.id });
    await makeDemand({ campaignId: campaign.id, visibility: "COORDINATION" });
    for (const actor of [member, observer]) {
      expect((await findCampaigns(actor, parseCampaignListParams({ q: tag }))).rows.map((r) => r.id)).toEqual([campaign.id]);
      expect(await getCampaign(actor, hidden.id)).toBeNull();
      const detail = await getCampaign(actor, campaign.id);
      expect(detail?.meetings.map((m) => m.id)).toEqual([meeting.id]);
      expect(detail?.letters.map((l) => l.id)).toEqual([letter.id]);
      expect(detail?.statements.map((s) => s.id)).toEqual([statement.id]);
      expect(detail?.demands.map((d) => d.id)).toEqual([demand.id]);
      expect(detail?._count).toEqual({ meetings: 1, letters: 1, statements: 1, demands: 1 });
      expect((await findStatements(actor, parseStatementListParams({ q: tag, campaign: campaign.id }))).rows.map((r) => r.id)).toEqual([statement.id]);
    }
  });

  test("a statement in a campaign the reader may not see does not name the campaign", async () => {
    const hidden = await makeCampaign({ visibility: "COORDINATION" });
    const statement = await makeStatement({ campaignId: hidden.id });
    expect((await getStatement(member, statement.id))?.campaign).toBeNull();
  });
});
