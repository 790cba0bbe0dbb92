import type { Metadata } from "next";
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
import { visibilityOptions } from "@/lib/lists/options";
import type { RawSearchParams } from "@/lib/lists/params";
import { findStatements } from "@/lib/statements/queries";
import { parseStatementListParams } from "@/lib/statements/schema";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.statements.title };
}

export default async function StatementsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const [{ t, locale }, raw] = await Promise.all([getMessages(), searchParams]);
  const params = parseStatementListParams(raw);
  const [page, campaigns] = await Promise.all([findStatements(user, params), listCampaignOptions(user, locale)]);
  const f = params.filters;
  const s = t.statements;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{s.title}</h1>
      <RecordToolbar
        notice={(raw as Record<string, unknown>).done === "deleted" ? t.statementsForm.delete.done : null}
        links={can(user, "manage:statements") ? [{ href: "/statements/new", label: t.statementsForm.newStatement }] : []}
      />
      <ListFilters
        path="/statements"
        q={params.q}
        t={t.lists}
        controls={[
          { kind: "date", name: "from", label: s.filters.from, value: f.from },
          { kind: "date", name: "to", label: s.filters.to, value: f.to },
          { kind: "select", name: "campaign", label: s.filters.campaign, options: campaigns, value: f.campaign },
          { kind: "select", name: "visibility", label: s.filters.visibility, options: visibilityOptions(user, t.lists.visibilityLevels), value: f.visibility },
        ]}
      />
      <ListBody
        path="/statements"
        exportName="statements"
        params={params}
        page={page}
        emptyBody={s.empty}
        t={t.lists}
        table={
          <DataTable
            caption={s.caption}
            rows={page.rows}
            rowKey={(row) => row.id}
            rowHref={(row) => `/statements/${row.id}`}
            columns={[
              { key: "title", header: s.columns.title, cell: (row) => <Localized value={localized(locale, row.titleFr, row.titleEn)} notes={t.lists} /> },
              { key: "date", header: s.columns.date, cell: (row) => formatDate(row.date, locale), className: "whitespace-nowrap" },
              { key: "bill", header: s.columns.bill, cell: (row) => row.bill },
              { key: "campaign", header: s.columns.campaign, cell: (row) => row.campaign && localized(locale, row.campaign.nameFr, row.campaign.nameEn).text },
              { key: "visibility", header: s.columns.visibility, cell: (row) => <VisibilityBadge visibility={row.visibility} labels={t.lists.visibilityLevels} /> },
            ]}
          />
        }
      />
    </div>
  );
}
