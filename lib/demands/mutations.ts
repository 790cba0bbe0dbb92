// Creating and editing demands: a new demand with the first step of its history (raised), and an
// edit of what the demand itself holds (its steps have their own forms). Coordinators only; each is
// one transaction with its audit entries.
import "server-only";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUpdated } from "@/lib/forms/conflict";
import { presentForConflict, type ConflictTexts } from "@/lib/forms/conflict-texts";
import { createOnce, recordSubmission } from "@/lib/forms/submission";
import { editableDemandSelect } from "./history-fields";
import { assertSourcesExist, stepColumns } from "./history-mutations";
import type { TCreateDemandInput, TUpdateDemandInput } from "./schema";

const ENTITY = "Demand";

function assertManager(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor || !can(actor, "manage:demands")) throw new AppError("FORBIDDEN");
}

/** The demand's own columns from either form. */
function demandColumns(data: TCreateDemandInput | TUpdateDemandInput) {
  const { titleFr, titleEn, descriptionFr, descriptionEn, campaignId, visibility } = data;
  return { titleFr, titleEn, descriptionFr, descriptionEn, campaignId, visibility };
}

/** The themes and targets as sets, comparable between versions. */
const sets = (data: { themes: string[]; targets: string[] }) => ({ themes: [...data.themes].sort(), targets: [...data.targets].sort() });

type DemandFields = ReturnType<typeof demandColumns> & ReturnType<typeof sets>;

/** Refuses, beside each field, a theme, an institution or a campaign that does not exist (any more). */
async function checkDemandReferences(tx: Tx, data: { themes: string[]; targets: string[]; campaignId: string | null }) {
  const fields: Record<string, string> = {};
  // One after the other: a transaction holds one connection.
  if ((await tx.theme.count({ where: { id: { in: data.themes } } })) !== data.themes.length) fields.themes = "unknownChoice";
  if ((await tx.institution.count({ where: { id: { in: data.targets } } })) !== data.targets.length) fields.targets = "unknownChoice";
  if (data.campaignId && !(await tx.campaign.findUnique({ where: { id: data.campaignId }, select: { id: true } }))) fields.campaignId = "unknownChoice";
  if (Object.keys(fields).length > 0) throw new AppError("VALIDATION", "The demand refers to what cannot be linked.", { fields });
}

/**
 * A coordinator records a new demand and the first step of its life, RAISED on the day it was
 * raised, from its source, with its note: the demand's status and its date are that step's. A
 * demand raised at a meeting or in a letter is listed among that meeting's or letter's demands.
 * A form submitted twice creates one demand.
 */
export async function createDemand({ actor, data }: { actor: Actor; data: TCreateDemandInput }): Promise<{ id: string; repeated: boolean }> {
  assertManager(actor);
  return createOnce(data.submissionId, () =>
    db.$transaction(async (tx) => {
      await checkDemandReferences(tx, data);
      await assertSourcesExist(tx, data);
      const columns = demandColumns(data);
      const step = stepColumns({ ...data, date: data.raisedOn, status: "RAISED", milestone: false });
      const { id } = await tx.demand.create({
        data: {
          ...columns,
          raisedOn: data.raisedOn,
          status: step.status,
          statusDate: step.date,
          themes: { create: data.themes.map((themeId) => ({ themeId })) },
          targets: { create: data.targets.map((institutionId) => ({ institutionId })) },
          meetings: data.sourceMeetingId ? { create: { meetingId: data.sourceMeetingId } } : undefined,
          letters: data.sourceLetterId ? { create: { letterId: data.sourceLetterId } } : undefined,
        },
        select: { id: true },
      });
      const first = await tx.demandStatusChange.create({ data: { demandId: id, ...step, recordedById: actor.id }, select: { id: true } });
      await recordSubmission(tx, data.submissionId, ENTITY, id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entityType: ENTITY,
        entityId: id,
        changes: JSON.parse(JSON.stringify({ ...columns, ...sets(data), raisedOn: data.raisedOn, status: step.status })),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entityType: "DemandStatusChange",
        entityId: first.id,
        changes: { demandId: id, status: step.status, date: step.date.toISOString().slice(0, 10) },
      });
      return id;
    }),
  );
}

/** The demand's editable fields as saved now, with its version; null when it does not exist. */
async function readEditable(tx: Tx, demandId: string): Promise<{ version: number; fields: DemandFields } | null> {
  const row = await tx.demand.findUnique({ where: { id: demandId }, select: { ...editableDemandSelect, version: true } });
  if (!row) return null;
  const { themes, targets, version, ...columns } = row;
  return { version, fields: { ...columns, ...sets({ themes: themes.map((t) => t.themeId), targets: targets.map((t) => t.institutionId) }) } };
}

/** Versions of a demand in words, for a conflict: the names of its themes, targets and campaign, not their ids. */
async function describeForConflict(tx: Tx, versions: DemandFields[], texts?: ConflictTexts): Promise<Record<string, unknown>[]> {
  const all = (pick: (fields: DemandFields) => (string | null)[]) => [...new Set(versions.flatMap(pick).filter((id): id is string => Boolean(id)))];
  const themes = await tx.theme.findMany({ where: { id: { in: all((v) => v.themes) } }, select: { id: true, nameFr: true } });
  const institutions = await tx.institution.findMany({ where: { id: { in: all((v) => v.targets) } }, select: { id: true, name: true } });
  const campaigns = await tx.campaign.findMany({ where: { id: { in: all((v) => [v.campaignId]) } }, select: { id: true, nameFr: true } });
  const names = new Map<string, string>([
    ...themes.map((t): [string, string] => [t.id, t.nameFr]),
    ...institutions.map((i): [string, string] => [i.id, i.name]),
    ...campaigns.map((c): [string, string] => [c.id, c.nameFr]),
  ]);
  const name = (id: string) => names.get(id) ?? id;
  return versions.map((v) =>
    presentForConflict({ ...v, campaignId: v.campaignId && name(v.campaignId), themes: v.themes.map(name), targets: v.targets.map(name) }, texts),
  );
}

/**
 * A coordinator edits a demand's titles, descriptions, themes, targets, campaign and visibility,
 * against the version the form read: when someone saved first (the demand, or a step that moved
 * its status), a conflict tells what it holds now. Its history is corrected step by step elsewhere.
 */
export async function updateDemand({ actor, data, texts }: { actor: Actor; data: TUpdateDemandInput; texts?: ConflictTexts }): Promise<{ id: string }> {
  assertManager(actor);
  return db.$transaction(async (tx) => {
    const before = await readEditable(tx, data.demandId);
    if (!before) throw new AppError("NOT_FOUND");
    await checkDemandReferences(tx, data);
    const columns = demandColumns(data);
    const after: DemandFields = { ...columns, ...sets(data) };
    const { count } = await tx.demand.updateMany({ where: { id: data.demandId, version: data.version }, data: { ...columns, version: { increment: 1 } } });
    if (count === 0) {
      const current = await readEditable(tx, data.demandId);
      const [saved, submitted] = current ? await describeForConflict(tx, [current.fields, after], texts) : [{}, {}];
      await assertUpdated(0, {
        entityType: ENTITY,
        entityId: data.demandId,
        current: current && { version: current.version, fields: saved },
        submitted,
        labels: texts?.labels,
        tx,
      });
    }
    await tx.demandTheme.deleteMany({ where: { demandId: data.demandId } });
    await tx.demandTheme.createMany({ data: data.themes.map((themeId) => ({ demandId: data.demandId, themeId })) });
    await tx.demandTarget.deleteMany({ where: { demandId: data.demandId } });
    await tx.demandTarget.createMany({ data: data.targets.map((institutionId) => ({ demandId: data.demandId, institutionId })) });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: ENTITY, entityId: data.demandId, changes: diffFields(before.fields, after) as never });
    return { id: data.demandId };
  });
}
