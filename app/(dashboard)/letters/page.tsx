import type { Metadata } from "next";
import { ReplyState } from "@/components/letters/reply-state";
import { VisibilityBadge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { RecordToolbar } from "@/components/ui/record-toolbar";
import { Localized } from "@/components/ui/localized-text";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { listCampaignOptions } from "@/lib/campaigns/options";
import { formatDate } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { correspondentLabel } from "@/lib/letters/correspondent";
import { findLetters } from "@/lib/letters/queries";
import { parseLetterListParams } from "@/lib/letters/schema";
import { enumOptions, visibilityOptions } from "@/lib/lists/options";
import type { RawSearchParams } from "@/lib/lists/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.letters.title };
}

export default async function LettersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const [{ t, locale }, raw] = await Promise.all([getMessages(), searchParams]);
  const params = parseLetterListParams(raw);
  const [page, institutions, campaigns] = await Promise.all([
    findLetters(user, params),
    listInstitutionOptions(user, locale),
    listCampaignOptions(user, locale),
  ]);
  const f = params.filters;
  const l = t.letters;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{l.title}</h1>
      <RecordToolbar
        notice={(raw as Record<string, unknown>).done === "deleted" ? t.lettersForm.delete.done : null}
        links={can(user, "manage:letters") ? [{ href: "/letters/new", label: t.lettersForm.newLetter }] : []}
      />
      <ListFilters
        path="/letters"
        q={params.q}
        t={t.lists}
        controls={[
          { kind: "select", name: "direction", label: l.filters.direction, options: enumOptions(l.directions), value: f.direction },
          { kind: "date", name: "from", label: l.filters.from, value: f.from },
          { kind: "date", name: "to", label: l.filters.to, value: f.to },
          { kind: "select", name: "institution", label: l.filters.institution, options: institutions, value: f.institution },
          { kind: "select", name: "campaign", label: l.filters.campaign, options: campaigns, value: f.campaign },
          { kind: "select", name: "visibility", label: l.filters.visibility, options: visibilityOptions(user, t.lists.visibilityLevels), value: f.visibility },
          { kind: "checkbox", name: "awaiting", label: l.filters.awaiting, checked: f.awaiting },
        ]}
      />
      <ListBody
        path="/letters"
        exportName="letters"
        params={params}
        page={page}
        emptyBody={l.empty}
        t={t.lists}
        table={
          <DataTable
            caption={l.caption}
            rows={page.rows}
            rowKey={(row) => row.id}
            rowHref={(row) => `/letters/${row.id}`}
            columns={[
              { key: "subject", header: l.columns.subject, cell: (row) => <Localized value={localized(locale, row.subjectFr, row.subjectEn)} notes={t.lists} /> },
              { key: "date", header: l.columns.date, cell: (row) => formatDate(row.date, locale), className: "whitespace-nowrap" },
              { key: "direction", header: l.columns.direction, cell: (row) => l.directions[row.direction] },
              { key: "correspondent", header: l.columns.correspondent, cell: (row) => correspondentLabel(row, locale) },
              { key: "reply", header: l.columns.reply, cell: (row) => <ReplyState letter={row} t={t} locale={locale} /> },
              { key: "visibility", header: l.columns.visibility, cell: (row) => <VisibilityBadge visibility={row.visibility} labels={t.lists.visibilityLevels} /> },
            ]}
          />
        }
      />
    </div>
  );
}
