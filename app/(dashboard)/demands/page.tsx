import type { Metadata } from "next";
import Link from "next/link";
import { demandColumns } from "@/components/demands/demand-columns";
import { DataTable } from "@/components/ui/data-table";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { ManageLinks } from "@/components/ui/manage-links";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { listCampaignOptions } from "@/lib/campaigns/options";
import { listThemeOptions } from "@/lib/demands/options";
import { findDemands } from "@/lib/demands/queries";
import { parseDemandListParams } from "@/lib/demands/schema";
import { getMessages } from "@/lib/i18n/server";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { enumOptions, visibilityOptions } from "@/lib/lists/options";
import type { RawSearchParams } from "@/lib/lists/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.demands.title };
}

export default async function DemandsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const [{ t, locale }, params] = await Promise.all([getMessages(), searchParams.then(parseDemandListParams)]);
  const [page, themes, institutions, campaigns] = await Promise.all([
    findDemands(user, params),
    listThemeOptions(user, locale),
    listInstitutionOptions(user, locale),
    listCampaignOptions(user, locale),
  ]);
  const f = params.filters;
  const d = t.demands;
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{d.title}</h1>
        <Link href="/demands/board" className="text-sm">
          {t.demandWork.board.boardLink}
        </Link>
      </div>
      {can(user, "manage:demands") && (
        <ManageLinks
          className="mb-4"
          links={[
            { href: "/demands/new", label: t.demandsForm.newLink },
            { href: "/demands/themes", label: t.themesForm.link },
          ]}
        />
      )}
      <ListFilters
        path="/demands"
        q={params.q}
        t={t.lists}
        controls={[
          { kind: "select", name: "status", label: d.filters.status, options: enumOptions(d.statuses), value: f.status },
          { kind: "select", name: "theme", label: d.filters.theme, options: themes, value: f.theme },
          { kind: "select", name: "institution", label: d.filters.institution, options: institutions, value: f.institution },
          { kind: "select", name: "campaign", label: d.filters.campaign, options: campaigns, value: f.campaign },
          { kind: "select", name: "visibility", label: d.filters.visibility, options: visibilityOptions(user, t.lists.visibilityLevels), value: f.visibility },
        ]}
      />
      <ListBody
        path="/demands"
        exportName="demands"
        params={params}
        page={page}
        emptyBody={d.empty}
        t={t.lists}
        table={
          <DataTable
            caption={d.caption}
            rows={page.rows}
            columns={demandColumns(t, locale)}
            rowKey={(row) => row.id}
            rowHref={(row) => `/demands/${row.id}`}
          />
        }
      />
    </div>
  );
}
