import type { Metadata } from "next";
import { VisibilityBadge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { Localized } from "@/components/ui/localized-text";
import { ManageLinks } from "@/components/ui/manage-links";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { findCampaigns } from "@/lib/campaigns/queries";
import { parseCampaignListParams } from "@/lib/campaigns/schema";
import { formatDate } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { visibilityOptions } from "@/lib/lists/options";
import type { RawSearchParams } from "@/lib/lists/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.campaigns.title };
}

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const [{ t, locale }, params] = await Promise.all([getMessages(), searchParams.then(parseCampaignListParams)]);
  const page = await findCampaigns(user, params);
  const c = t.campaigns;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{c.title}</h1>
      {can(user, "manage:campaigns") && <ManageLinks className="mb-4" links={[{ href: "/campaigns/new", label: t.campaignsForm.newLink }]} />}
      <ListFilters
        path="/campaigns"
        q={params.q}
        t={t.lists}
        controls={[
          { kind: "select", name: "visibility", label: c.filters.visibility, options: visibilityOptions(user, t.lists.visibilityLevels), value: params.filters.visibility },
        ]}
      />
      <ListBody
        path="/campaigns"
        exportName="campaigns"
        params={params}
        page={page}
        emptyBody={c.empty}
        t={t.lists}
        table={
          <DataTable
            caption={c.caption}
            rows={page.rows}
            rowKey={(row) => row.id}
            rowHref={(row) => `/campaigns/${row.id}`}
            columns={[
              { key: "name", header: c.columns.name, cell: (row) => <Localized value={localized(locale, row.nameFr, row.nameEn)} notes={t.lists} /> },
              { key: "startsOn", header: c.columns.startsOn, cell: (row) => formatDate(row.startsOn, locale), className: "whitespace-nowrap" },
              { key: "endsOn", header: c.columns.endsOn, cell: (row) => formatDate(row.endsOn, locale), className: "whitespace-nowrap" },
              { key: "visibility", header: c.columns.visibility, cell: (row) => <VisibilityBadge visibility={row.visibility} labels={t.lists.visibilityLevels} /> },
            ]}
          />
        }
      />
    </div>
  );
}
