import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ThemeForm } from "@/components/themes/theme-form";
import { requireUser } from "@/lib/auth";
import { actionFormTexts } from "@/lib/forms/texts";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { updateThemeAction } from "@/lib/themes/actions";
import { getThemeForEdit } from "@/lib/themes/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.themesForm.title };
}

// The publishing page links here to complete a theme's missing name.
export default async function EditThemePage({ params }: { params: Promise<{ themeId: string }> }) {
  const user = await requireUser();
  const [{ themeId }, { t }] = await Promise.all([params, getMessages()]);
  const theme = await getThemeForEdit(user, themeId);
  if (!theme) notFound();
  const f = t.themesForm;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/demands/themes">{f.back}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{interpolate(f.editTitle, { name: theme.nameFr })}</h1>
      <ThemeForm
        key={theme.version}
        action={updateThemeAction}
        record={{ id: theme.id, version: theme.version }}
        initial={{ nameFr: theme.nameFr, nameEn: theme.nameEn }}
        t={{ form: actionFormTexts(t, f.save), fields: f.fields, nameFrHint: interpolate(f.hints.slugKept, { slug: theme.slug }) }}
      />
    </div>
  );
}
