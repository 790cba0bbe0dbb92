import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { ManageLinks } from "@/components/ui/manage-links";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { institutionName } from "@/lib/institutions/name";
import { findInstitutions } from "@/lib/institutions/queries";
import { parseInstitutionListParams } from "@/lib/institutions/schema";
import { enumOptions } from "@/lib/lists/options";
import type { RawSearchParams } from "@/lib/lists/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.institutions.title };
}

export default async function InstitutionsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const [{ t, locale }, params] = await Promise.all([getMessages(), searchParams.then(parseInstitutionListParams)]);
  const page = await findInstitutions(user, params);
  const i = t.institutions;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{i.title}</h1>
      {can(user, "manage:institutions") && <ManageLinks className="mb-4" links={[{ href: "/institutions/new", label: t.institutionsForm.newLink }]} />}
      <ListFilters
        path="/institutions"
        q={params.q}
        t={t.lists}
        controls={[{ kind: "select", name: "kind", label: i.filters.kind, options: enumOptions(i.kinds), value: params.filters.kind }]}
      />
      <ListBody
        path="/institutions"
        exportName="institutions"
        params={params}
        page={page}
        emptyBody={i.empty}
        t={t.lists}
        table={
          <DataTable
            caption={i.caption}
            rows={page.rows}
            rowKey={(row) => row.id}
            rowHref={(row) => `/institutions/${row.id}`}
            columns={[
              { key: "name", header: i.columns.name, cell: (row) => institutionName(locale, row) },
              { key: "acronym", header: i.columns.acronym, cell: (row) => row.acronym },
              { key: "kind", header: i.columns.kind, cell: (row) => i.kinds[row.kind] },
              { key: "ended", header: i.columns.ended, cell: (row) => formatDate(row.endedOn, locale) },
            ]}
          />
        }
      />
    </div>
  );
}
