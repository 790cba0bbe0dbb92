import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ThemeForm } from "@/components/themes/theme-form";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader back={{ href: "/demands/themes", label: f.back }} title={interpolate(f.editTitle, { name: theme.nameFr })} />
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
