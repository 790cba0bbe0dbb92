// A coordinator creates a demand with the first step of its history, and edits it against its
// version; nobody else may. The forms' messages are read as a French request reads them.
import { describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { editableDemandSelect } from "@/lib/demands/history-fields";
import { recordDemandStatus } from "@/lib/demands/history-mutations";
import { ZRecordDemandStatusSchema } from "@/lib/demands/history-schema";
import { createDemand, updateDemand } from "@/lib/demands/mutations";
import { getDemand } from "@/lib/demands/queries";
import { ZCreateDemandSchema, ZUpdateDemandSchema, type TCreateDemandInput } from "@/lib/demands/schema";
import { runForm } from "@/lib/forms/run";
import { newSubmissionId } from "@/lib/forms/submission";
import { messages } from "@/lib/i18n/messages";
import { todayAsDate } from "@/lib/lists/where";
import { getMeeting } from "@/lib/meetings/queries";
import { makeCampaign, makeInstitution, makeMeeting, makeTheme } from "../support/make";
import { auditEntriesOf, coordinator, day, outsiders, refusedWith, unique } from "./registry-helpers";

vi.mock("@/lib/i18n/server", async () => {
  const { messages } = await import("@/lib/i18n/messages");
  return { getMessages: async () => ({ locale: "fr", t: messages.fr }), getLocale: async () => "fr" };
});

const fr = messages.fr;
const demandErrors = { ...fr.demandWork.errors, ...fr.demandsForm.errors };

/** A new demand as its form sends it once parsed; each test names what it cares about. */
const demandData = (overrides: Partial<TCreateDemandInput> = {}): TCreateDemandInput => ({
  titleFr: `Former les travailleurs sociaux au repérage des victimes ${unique()}`,
  titleEn: null,
  descriptionFr: null,
  descriptionEn: null,
  raisedOn: day("2014-09-23"),
  themes: [],
  targets: [],
  campaignId: null,
  visibility: "MEMBERS",
  sourceMeetingId: null,
  sourceLetterId: null,
  sourceStatementId: null,
  sourceLabel: null,
  noteFr: "Portée auprès du ministre de l'Intérieur.",
  noteEn: null,
  submissionId: newSubmissionId(),
  ...overrides,
});

/** The edit form's fields for a demand created from `data`, with some changed. */
function editData(demand: { id: string; version: number }, data: TCreateDemandInput, changes: Record<string, unknown> = {}) {
  const { titleFr, titleEn, descriptionFr, descriptionEn, themes, targets, campaignId, visibility } = data;
  return ZUpdateDemandSchema.parse({
    titleFr,
    titleEn: titleEn ?? "",
    descriptionFr: descriptionFr ?? "",
    descriptionEn: descriptionEn ?? "",
    themes,
    targets,
    campaignId: campaignId ?? "",
    visibility,
    demandId: demand.id,
    version: String(demand.version),
    ...changes,
  });
}

const row = (id: string) => db.demand.findUniqueOrThrow({ where: { id }, select: { ...editableDemandSelect, status: true, statusDate: true, raisedOn: true, version: true } });

function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) form.append(`${name}[]`, item);
    else form.set(name, value);
  }
  return form;
}

describe("creating a demand", () => {
  test("raised at a meeting: its first step is RAISED that day with its source and note, its status follows it, the meeting lists it, and it is audited", async () => {
    const actor = await coordinator();
    const [theme, interior, campaign] = await Promise.all([makeTheme(), makeInstitution({ name: `Ministère de l'Intérieur ${unique()}` }), makeCampaign()]);
    const meeting = await makeMeeting({ titleFr: `Rencontre avec le ministre de l'Intérieur ${unique()}`, institutionIds: [interior.id] });
    const data = demandData({ themes: [theme.id], targets: [interior.id], campaignId: campaign.id, sourceMeetingId: meeting.id, noteEn: "Raised with the Minister." });
    const { id, repeated } = await createDemand({ actor, data });
    expect(repeated).toBe(false);
    expect(await row(id)).toMatchObject({
      titleFr: data.titleFr,
      status: "RAISED",
      statusDate: day("2014-09-23"),
      raisedOn: day("2014-09-23"),
      version: 1,
      themes: [{ themeId: theme.id }],
      targets: [{ institutionId: interior.id }],
    });
    const detail = await getDemand(actor, id);
    expect(detail!.statusChanges).toMatchObject([
      { status: "RAISED", date: day("2014-09-23"), noteFr: data.noteFr, noteEn: "Raised with the Minister.", sourceMeeting: { id: meeting.id }, sourceLabel: null },
    ]);
    expect(detail!.meetings.map((m) => m.meeting.id)).toEqual([meeting.id]);
    expect((await getMeeting(actor, meeting.id))!.demands.map((d) => d.demand.id)).toEqual([id]);
    const step = await db.demandStatusChange.findFirstOrThrow({ where: { demandId: id }, select: { id: true, recordedById: true, milestone: true } });
    expect(step).toMatchObject({ recordedById: actor.id, milestone: false });
    expect(await auditEntriesOf("Demand", id)).toMatchObject([
      { action: "create", actorId: actor.id, changes: { titleFr: data.titleFr, visibility: "MEMBERS", status: "RAISED", themes: [theme.id], targets: [interior.id] } },
    ]);
    expect(await auditEntriesOf("DemandStatusChange", step.id)).toMatchObject([{ action: "create", changes: { demandId: id, status: "RAISED", date: "2014-09-23" } }]);
  });

  test("a later step moves its status as for any demand: the first step stays where it is", async () => {
    const actor = await coordinator();
    const { id } = await createDemand({ actor, data: demandData({ sourceLabel: "Courriel au cabinet" }) });
    await recordDemandStatus({
      actor,
      data: ZRecordDemandStatusSchema.parse({ demandId: id, version: "1", submissionId: newSubmissionId(), date: "2015-05-19", status: "PROMISED", noteFr: "Promis." }),
    });
    expect(await row(id)).toMatchObject({ status: "PROMISED", statusDate: day("2015-05-19"), raisedOn: day("2014-09-23"), version: 2 });
    expect((await getDemand(actor, id))!.statusChanges.map((s) => [s.status, s.sourceLabel])).toEqual([
      ["RAISED", "Courriel au cabinet"],
      ["PROMISED", null],
    ]);
  });

  test("each wrong field gets its own message, and the coordinator's input is kept", async () => {
    const actor = await coordinator();
    const tomorrow = new Date(todayAsDate().getTime() + 86_400_000).toISOString().slice(0, 10);
    const outcome = await runForm(
      formOf({
        submissionId: newSubmissionId(),
        titleFr: "  ",
        titleEn: "Training social workers",
        raisedOn: tomorrow,
        visibility: "MEMBERS",
        sourceLetterId: "cnoletter",
        sourceLabel: "Un courriel",
        noteFr: "",
        themes: ["cnotheme"],
      }),
      ZCreateDemandSchema,
      (data) => createDemand({ actor, data }),
      demandErrors,
    );
    expect(outcome).toMatchObject({
      ok: false,
      state: {
        status: "error",
        formError: fr.forms.formHasErrors,
        fieldErrors: {
          titleFr: "Ce champ est obligatoire.",
          raisedOn: "Une revendication ne peut pas avoir été portée un jour à venir.",
          noteFr: "Ce champ est obligatoire.",
          sourceMeetingId: "Une étape a une seule source : une rencontre, un courrier, une prise de position ou une source extérieure.",
        },
        values: { titleEn: "Training social workers", raisedOn: tomorrow, sourceLabel: "Un courriel", themes: ["cnotheme"] },
      },
    });
    const noDate = ZCreateDemandSchema.safeParse({ ...formFieldsOf(demandData()), raisedOn: "" });
    expect(noDate.error?.issues).toMatchObject([{ path: ["raisedOn"], message: "required" }]);
    const badDate = ZCreateDemandSchema.safeParse({ ...formFieldsOf(demandData()), raisedOn: "2014-02-30" });
    expect(badDate.error?.issues).toMatchObject([{ path: ["raisedOn"], message: "invalidDate" }]);
    // Today is not to come: accepted.
    expect(ZCreateDemandSchema.safeParse({ ...formFieldsOf(demandData()), raisedOn: todayAsDate().toISOString().slice(0, 10) }).success).toBe(true);
  });

  test("a theme, an institution, a campaign or a source that no longer exists is refused beside its field; nothing is written", async () => {
    const actor = await coordinator();
    const theme = await makeTheme();
    const data = demandData({ themes: [theme.id, "cnotheme"], targets: ["cnoinstitution"], campaignId: "cnocampaign" });
    const error = await refusedWith(createDemand({ actor, data }), "VALIDATION");
    expect(error.details.fields).toEqual({ themes: "unknownChoice", targets: "unknownChoice", campaignId: "unknownChoice" });
    const outcome = await runForm(
      formOf({ ...formFieldsOf(demandData()), sourceMeetingId: "cnomeeting" }),
      ZCreateDemandSchema,
      (parsed) => createDemand({ actor, data: parsed }),
      demandErrors,
    );
    expect(outcome).toMatchObject({ ok: false, state: { fieldErrors: { sourceMeetingId: "Cet élément n'existe plus." } } });
    expect(await db.demand.count({ where: { titleFr: data.titleFr } })).toBe(0);
  });

  test("a double submit creates one demand with one first step", async () => {
    const actor = await coordinator();
    const data = demandData();
    const [first, second] = await Promise.all([createDemand({ actor, data }), createDemand({ actor, data })]);
    expect(first.id).toBe(second.id);
    expect(await db.demand.count({ where: { titleFr: data.titleFr } })).toBe(1);
    expect(await db.demandStatusChange.count({ where: { demandId: first.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityType: "Demand", entityId: first.id } })).toBe(1);
  });
});

/** A parsed new demand as its form sent it: text, ids, the date as typed. */
function formFieldsOf(data: TCreateDemandInput): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(data)) {
    if (value instanceof Date) fields[name] = value.toISOString().slice(0, 10);
    else if (Array.isArray(value)) fields[name] = value;
    else fields[name] = value ?? "";
  }
  return fields;
}

describe("editing a demand", () => {
  test("the coordinator changes its titles, themes, targets and visibility: one audited diff, its history untouched", async () => {
    const actor = await coordinator();
    const [oldTheme, newTheme, interior, justice] = await Promise.all([makeTheme(), makeTheme(), makeInstitution(), makeInstitution()]);
    const data = demandData({ themes: [oldTheme.id], targets: [interior.id] });
    const { id } = await createDemand({ actor, data });
    await updateDemand({
      actor,
      data: editData({ id, version: 1 }, data, { titleEn: "Train social workers to identify victims", themes: [newTheme.id], targets: [interior.id, justice.id], visibility: "PUBLIC" }),
    });
    expect(await row(id)).toMatchObject({
      titleEn: "Train social workers to identify victims",
      visibility: "PUBLIC",
      version: 2,
      status: "RAISED",
      statusDate: day("2014-09-23"),
      raisedOn: day("2014-09-23"),
      themes: [{ themeId: newTheme.id }],
    });
    expect((await row(id)).targets.map((t) => t.institutionId).sort()).toEqual([interior.id, justice.id].sort());
    expect(await db.demandStatusChange.count({ where: { demandId: id } })).toBe(1);
    expect((await auditEntriesOf("Demand", id)).at(-1)).toEqual({
      action: "update",
      actorId: actor.id,
      changes: {
        titleEn: [null, "Train social workers to identify victims"],
        visibility: ["MEMBERS", "PUBLIC"],
        themes: [[oldTheme.id], [newTheme.id]],
        targets: [[interior.id], [interior.id, justice.id].sort()],
      },
    });
  });

  test("a stale version is a conflict that says who saved and what, in words; nothing is overwritten", async () => {
    const [first, second] = [await coordinator(), await coordinator()];
    const theme = await makeTheme({ nameFr: `Hébergement ${unique()}` });
    const data = demandData();
    const { id } = await createDemand({ actor: first, data });
    await updateDemand({ actor: first, data: editData({ id, version: 1 }, data, { themes: [theme.id], visibility: "COORDINATION" }) });
    const labels = fr.demandsForm.fields;
    const error = await refusedWith(
      updateDemand({ actor: second, data: editData({ id, version: 1 }, data, { titleEn: "Social workers" }), texts: { labels, values: { visibility: fr.common.visibility } } }),
      "CONFLICT",
    );
    expect(error.details.conflict).toEqual({
      version: 2,
      by: first.name,
      changes: expect.arrayContaining([
        { field: labels.themes, value: theme.nameFr },
        { field: labels.visibility, value: fr.common.visibility.COORDINATION },
      ]),
    });
    expect(await row(id)).toMatchObject({ titleEn: null, visibility: "COORDINATION", version: 2 });
  });

  test("a step recorded since the form was read is a conflict too: the demand's version moved with its status", async () => {
    const actor = await coordinator();
    const data = demandData();
    const { id } = await createDemand({ actor, data });
    await recordDemandStatus({
      actor,
      data: ZRecordDemandStatusSchema.parse({ demandId: id, version: "1", submissionId: newSubmissionId(), date: "2014-10-23", status: "ACKNOWLEDGED", noteFr: "Entendue." }),
    });
    await refusedWith(updateDemand({ actor, data: editData({ id, version: 1 }, data, { titleEn: "Late" }) }), "CONFLICT");
    await updateDemand({ actor, data: editData({ id, version: 2 }, data, { titleEn: "On time" }) });
    expect(await row(id)).toMatchObject({ titleEn: "On time", status: "ACKNOWLEDGED", version: 3 });
  });

  test("an unknown theme is refused beside its field; a demand that does not exist is not found", async () => {
    const actor = await coordinator();
    const data = demandData();
    const { id } = await createDemand({ actor, data });
    const error = await refusedWith(updateDemand({ actor, data: editData({ id, version: 1 }, data, { themes: ["cnotheme"] }) }), "VALIDATION");
    expect(error.details.fields).toEqual({ themes: "unknownChoice" });
    await refusedWith(updateDemand({ actor, data: editData({ id: "cnodemand", version: 1 }, data) }), "NOT_FOUND");
    expect(await row(id)).toMatchObject({ version: 1 });
  });
});

describe("who may create and edit demands", () => {
  test("members, observers and anonymous visitors are refused and nothing changes", async () => {
    const actor = await coordinator();
    const data = demandData();
    const { id } = await createDemand({ actor, data });
    for (const { label, actor: outsider } of await outsiders()) {
      const other = demandData();
      await refusedWith(createDemand({ actor: outsider, data: other }), "FORBIDDEN");
      expect(await db.demand.count({ where: { titleFr: other.titleFr } }), label).toBe(0);
      await refusedWith(updateDemand({ actor: outsider, data: editData({ id, version: 1 }, data, { titleFr: "Piratée" }) }), "FORBIDDEN");
    }
    expect(await row(id)).toMatchObject({ titleFr: data.titleFr, version: 1 });
    expect(await db.auditEntry.count({ where: { entityType: "Demand", entityId: id } })).toBe(1);
  });
});
