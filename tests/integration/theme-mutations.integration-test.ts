// A coordinator adds themes (their slug made from the French name) and renames them against their
// version (their slug kept); nobody else may. The forms' messages are read as a French request reads them.
import { describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { runForm } from "@/lib/forms/run";
import { messages } from "@/lib/i18n/messages";
import { createTheme, updateTheme } from "@/lib/themes/mutations";
import { findThemesWithCounts, getThemeForEdit } from "@/lib/themes/queries";
import { ZCreateThemeSchema, ZUpdateThemeSchema } from "@/lib/themes/schema";
import { makeDemand, makeTheme } from "../support/make";
import { auditEntriesOf, coordinator, newSubmissionId, outsiders, refusedWith, unique } from "./registry-helpers";

vi.mock("@/lib/i18n/server", async () => {
  const { messages } = await import("@/lib/i18n/messages");
  return { getMessages: async () => ({ locale: "fr", t: messages.fr }), getLocale: async () => "fr" };
});

const fr = messages.fr;

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

const newTheme = (nameFr: string, nameEn = `Theme ${unique()}`) => ZCreateThemeSchema.parse({ nameFr, nameEn, submissionId: newSubmissionId() });

describe("adding a theme", () => {
  test("its slug is made from its French name, and the addition is audited", async () => {
    const actor = await coordinator();
    const tag = unique();
    const { id } = await createTheme({ actor, data: newTheme(`Traite des mineurs à l’école ${tag}`, `Trafficking of minors at school ${tag}`) });
    expect(await db.theme.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: `traite-des-mineurs-a-l-ecole-${tag}`, version: 1 });
    expect(await auditEntriesOf("Theme", id)).toEqual([
      {
        action: "create",
        actorId: actor.id,
        changes: { slug: `traite-des-mineurs-a-l-ecole-${tag}`, nameFr: `Traite des mineurs à l’école ${tag}`, nameEn: `Trafficking of minors at school ${tag}` },
      },
    ]);
  });

  test("a name that gives another theme's slug is refused beside the French name, with the input kept", async () => {
    const actor = await coordinator();
    const tag = unique();
    await createTheme({ actor, data: newTheme(`Mineurs ${tag}`) });
    const outcome = await runForm(
      formOf({ nameFr: `MINEURS — ${tag} !`, nameEn: "Minors", submissionId: newSubmissionId() }),
      ZCreateThemeSchema,
      (data) => createTheme({ actor, data }),
      fr.themesForm.errors,
    );
    expect(outcome).toMatchObject({
      ok: false,
      state: { status: "error", fieldErrors: { nameFr: fr.themesForm.errors.themeNameTaken }, values: { nameFr: `MINEURS — ${tag} !`, nameEn: "Minors" } },
    });
    expect(await db.theme.count({ where: { slug: { startsWith: `mineurs-${tag}` } } })).toBe(1);
  });

  test("both names are required, each told beside its field", async () => {
    const actor = await coordinator();
    const outcome = await runForm(formOf({ nameFr: " ", nameEn: "", submissionId: newSubmissionId() }), ZCreateThemeSchema, (data) => createTheme({ actor, data }), fr.themesForm.errors);
    expect(outcome).toMatchObject({ ok: false, state: { fieldErrors: { nameFr: "Ce champ est obligatoire.", nameEn: "Ce champ est obligatoire." } } });
  });

  test("a double submit adds one theme", async () => {
    const actor = await coordinator();
    const data = newTheme(`Sensibilisation des élus ${unique()}`);
    const [first, second] = await Promise.all([createTheme({ actor, data }), createTheme({ actor, data })]);
    expect(first.id).toBe(second.id);
    expect(await db.theme.count({ where: { nameFr: data.nameFr } })).toBe(1);
  });
});

describe("renaming a theme", () => {
  test("its names change, its slug stays; the diff is audited", async () => {
    const actor = await coordinator();
    const theme = await makeTheme();
    await updateTheme({ actor, data: ZUpdateThemeSchema.parse({ themeId: theme.id, version: "1", nameFr: `Enfants ${unique()}`, nameEn: theme.nameEn }) });
    const saved = await db.theme.findUniqueOrThrow({ where: { id: theme.id } });
    expect(saved).toMatchObject({ slug: theme.slug, version: 2 });
    expect(await auditEntriesOf("Theme", theme.id)).toEqual([{ action: "update", actorId: actor.id, changes: { nameFr: [theme.nameFr, saved.nameFr] } }]);
  });

  test("a stale version is a conflict that says who saved and what; nothing is overwritten", async () => {
    const [first, second] = [await coordinator(), await coordinator()];
    const theme = await makeTheme();
    await updateTheme({ actor: first, data: ZUpdateThemeSchema.parse({ themeId: theme.id, version: "1", nameFr: theme.nameFr, nameEn: "Accommodation" }) });
    const error = await refusedWith(
      updateTheme({ actor: second, data: ZUpdateThemeSchema.parse({ themeId: theme.id, version: "1", nameFr: theme.nameFr, nameEn: "Housing" }), texts: { labels: fr.themesForm.fields } }),
      "CONFLICT",
    );
    expect(error.details.conflict).toEqual({ version: 2, by: first.name, changes: [{ field: "Nom (anglais)", value: "Accommodation" }] });
    expect(await db.theme.findUniqueOrThrow({ where: { id: theme.id } })).toMatchObject({ nameEn: "Accommodation", version: 2 });
  });

  test("a name that gives another theme's slug is refused", async () => {
    const actor = await coordinator();
    const [theme, other] = await Promise.all([makeTheme(), makeTheme()]);
    const error = await refusedWith(
      updateTheme({ actor, data: ZUpdateThemeSchema.parse({ themeId: theme.id, version: "1", nameFr: other.slug.toUpperCase(), nameEn: theme.nameEn }) }),
      "VALIDATION",
    );
    expect(error.details.fields).toEqual({ nameFr: "themeNameTaken" });
  });
});

describe("who may manage themes", () => {
  test("the coordinator reads each theme with its number of demands; members, observers and anonymous visitors read nothing and change nothing", async () => {
    const actor = await coordinator();
    const theme = await makeTheme();
    await makeDemand({ themeIds: [theme.id] });
    await makeDemand({ themeIds: [theme.id], visibility: "COORDINATION" });
    expect((await findThemesWithCounts(actor))!.find((row) => row.id === theme.id)).toEqual({
      id: theme.id,
      slug: theme.slug,
      nameFr: theme.nameFr,
      nameEn: theme.nameEn,
      demands: 2,
    });
    for (const { label, actor: outsider } of await outsiders()) {
      expect(await findThemesWithCounts(outsider), label).toBeNull();
      expect(await getThemeForEdit(outsider, theme.id), label).toBeNull();
      const data = newTheme(`Thème pirate ${unique()}`);
      await refusedWith(createTheme({ actor: outsider, data }), "FORBIDDEN");
      expect(await db.theme.count({ where: { nameFr: data.nameFr } }), label).toBe(0);
      await refusedWith(updateTheme({ actor: outsider, data: ZUpdateThemeSchema.parse({ themeId: theme.id, version: "1", nameFr: "Piraté", nameEn: "Hacked" }) }), "FORBIDDEN");
    }
    expect(await db.theme.findUniqueOrThrow({ where: { id: theme.id } })).toMatchObject({ nameFr: theme.nameFr, version: 1 });
    expect(await auditEntriesOf("Theme", theme.id)).toEqual([]);
  });
});
