import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ThemeForm } from "@/components/themes/theme-form";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { newSubmissionId } from "@/lib/forms/submission";
import { actionFormTexts } from "@/lib/forms/texts";
import { getMessages } from "@/lib/i18n/server";
import { createThemeAction } from "@/lib/themes/actions";
import { findThemesWithCounts } from "@/lib/themes/queries";
import { SavedNotice } from "@/components/ui/saved-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.themesForm.title };
}

export default async function ThemesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const [themes, { t }, query] = await Promise.all([findThemesWithCounts(user), getMessages(), searchParams]);
  if (!themes) notFound();
  const f = t.themesForm;
  const notice = query.done === "created" || query.done === "saved" ? f.saved[query.done] : null;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader back={{ href: "/demands", label: f.backToDemands }} title={f.title} />
      <p className="max-w-3xl text-slate-700">{f.intro}</p>
      {notice && (
        <SavedNotice>
          {notice}
        </SavedNotice>
      )}
      {themes.length === 0 ? (
        <EmptyState title={f.empty} />
      ) : (
        <DataTable
          caption={f.caption}
          rows={themes}
          rowKey={(theme) => theme.id}
          rowHref={(theme) => `/demands/themes/${theme.id}/edit`}
          columns={[
            { key: "nameFr", header: f.columns.nameFr, cell: (theme) => theme.nameFr },
            { key: "nameEn", header: f.columns.nameEn, cell: (theme) => theme.nameEn },
            { key: "slug", header: f.columns.slug, cell: (theme) => <code>{theme.slug}</code> },
            {
              key: "demands",
              header: f.columns.demands,
              className: "text-right",
              cell: (theme) => (theme.demands > 0 ? <a href={`/demands?theme=${encodeURIComponent(theme.id)}`}>{theme.demands}</a> : 0),
            },
          ]}
        />
      )}
      <section aria-labelledby="new-theme" className="mt-4 flex flex-col gap-3 border-t border-slate-200 pt-4">
        <h2 id="new-theme" className="text-lg font-semibold">
          {f.newHeading}
        </h2>
        <ThemeForm action={createThemeAction} submissionId={newSubmissionId()} t={{ form: actionFormTexts(t, f.create), fields: f.fields, nameFrHint: f.hints.nameFr }} />
      </section>
    </div>
  );
}
