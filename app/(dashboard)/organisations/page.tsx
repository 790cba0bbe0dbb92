import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { ManageLinks } from "@/components/ui/manage-links";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { getMessages } from "@/lib/i18n/server";
import { enumOptions } from "@/lib/lists/options";
import type { RawSearchParams } from "@/lib/lists/params";
import { findOrganisations } from "@/lib/organisations/queries";
import { parseOrganisationListParams } from "@/lib/organisations/schema";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.organisations.title };
}

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const [{ t }, params] = await Promise.all([getMessages(), searchParams.then(parseOrganisationListParams)]);
  const page = await findOrganisations(user, params);
  const o = t.organisations;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{o.title}</h1>
      {can(user, "manage:organisations") && <ManageLinks className="mb-4" links={[{ href: "/organisations/new", label: t.organisationsForm.newLink }]} />}
      <ListFilters
        path="/organisations"
        q={params.q}
        t={t.lists}
        controls={[{ kind: "select", name: "status", label: o.filters.status, options: enumOptions(o.statuses), value: params.filters.status }]}
      />
      <ListBody
        path="/organisations"
        exportName="organisations"
        params={params}
        page={page}
        emptyBody={o.empty}
        t={t.lists}
        table={
          <DataTable
            caption={o.caption}
            rows={page.rows}
            rowKey={(row) => row.id}
            rowHref={(row) => `/organisations/${row.id}`}
            columns={[
              { key: "name", header: o.columns.name, cell: (row) => row.name },
              { key: "acronym", header: o.columns.acronym, cell: (row) => row.acronym },
              { key: "status", header: o.columns.status, cell: (row) => (row.status ? <Badge tone={row.status === "MEMBER" ? "success" : "neutral"}>{o.statuses[row.status]}</Badge> : o.noStatus) },
              { key: "people", header: o.columns.people, cell: (row) => row._count.people, className: "text-right" },
            ]}
          />
        }
      />
    </div>
  );
}
