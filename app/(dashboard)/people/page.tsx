import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { ManageLinks } from "@/components/ui/manage-links";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { getMessages } from "@/lib/i18n/server";
import { institutionName } from "@/lib/institutions/name";
import { listInstitutionOptions } from "@/lib/institutions/options";
import type { RawSearchParams } from "@/lib/lists/params";
import { personName } from "@/lib/people/name";
import { findPeople } from "@/lib/people/queries";
import { parsePersonListParams } from "@/lib/people/schema";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.people.title };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const [{ t, locale }, params] = await Promise.all([getMessages(), searchParams.then(parsePersonListParams)]);
  const [page, institutions] = await Promise.all([findPeople(user, params), listInstitutionOptions(user, locale)]);
  const p = t.people;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{p.title}</h1>
      {can(user, "manage:people") && <ManageLinks className="mb-4" links={[{ href: "/people/new", label: t.peopleForm.newLink }]} />}
      <ListFilters
        path="/people"
        q={params.q}
        keep={{ organisation: params.filters.organisation }}
        t={t.lists}
        controls={[{ kind: "select", name: "institution", label: p.filters.institution, options: institutions, value: params.filters.institution }]}
      />
      <ListBody
        path="/people"
        exportName="people"
        params={params}
        page={page}
        emptyBody={p.empty}
        t={t.lists}
        table={
          <DataTable
            caption={p.caption}
            rows={page.rows}
            rowKey={(row) => row.id}
            rowHref={(row) => `/people/${row.id}`}
            columns={[
              { key: "name", header: p.columns.name, cell: (row) => personName(row) },
              { key: "organisation", header: p.columns.organisation, cell: (row) => row.organisation?.acronym ?? row.organisation?.name },
              {
                key: "position",
                header: p.columns.position,
                cell: (row) =>
                  row.positions[0] &&
                  `${(locale === "en" && row.positions[0].titleEn) || row.positions[0].title} — ${institutionName(locale, row.positions[0].institution)}`,
              },
            ]}
          />
        }
      />
    </div>
  );
}
