import type { Metadata } from "next";
import Link from "next/link";
import { Badge, VisibilityBadge } from "@/components/ui/badge";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { Localized } from "@/components/ui/localized-text";
import { findActions } from "@/lib/actions/queries";
import { parseActionListParams } from "@/lib/actions/schema";
import { requireUser } from "@/lib/auth";
import { formatDate } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { enumOptions } from "@/lib/lists/options";
import type { RawSearchParams } from "@/lib/lists/params";
import { listOrganisationOptions } from "@/lib/organisations/options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.actions.title };
}

export default async function ActionsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const [{ t, locale }, params] = await Promise.all([getMessages(), searchParams.then(parseActionListParams)]);
  const [page, organisations] = await Promise.all([findActions(user, params), listOrganisationOptions(user)]);
  const f = params.filters;
  const a = t.actions;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{a.title}</h1>
      <ListFilters
        path="/actions"
        q={params.q}
        t={t.lists}
        controls={[
          { kind: "select", name: "status", label: a.filters.status, options: enumOptions(a.statuses), value: f.status },
          { kind: "select", name: "organisation", label: a.filters.organisation, options: organisations, value: f.organisation },
          { kind: "date", name: "dueBefore", label: a.filters.dueBefore, value: f.dueBefore },
        ]}
      />
      <ListBody
        path="/actions"
        exportName="actions"
        params={params}
        page={page}
        caption={a.caption}
        rowKey={(row) => row.id}
        emptyBody={a.empty}
        t={t.lists}
        columns={[
          { key: "title", header: a.columns.title, cell: (row) => row.title },
          { key: "status", header: a.columns.status, cell: (row) => <Badge tone={row.status === "DONE" ? "success" : "neutral"}>{a.statuses[row.status]}</Badge> },
          {
            key: "dueOn",
            header: a.columns.dueOn,
            className: "whitespace-nowrap",
            cell: (row) => (
              <>
                {formatDate(row.dueOn, locale)} {row.overdue && <Badge tone="danger">{t.lists.overdue}</Badge>}
              </>
            ),
          },
          {
            key: "assignee",
            header: a.columns.assignee,
            cell: (row) => [row.assigneeOrganisation?.acronym ?? row.assigneeOrganisation?.name, row.assigneeUser?.name].filter(Boolean).join(", "),
          },
          {
            key: "meeting",
            header: a.columns.meeting,
            cell: (row) =>
              row.meeting && (
                <Link href={`/meetings/${row.meeting.id}`}>
                  <Localized value={localized(locale, row.meeting.titleFr, row.meeting.titleEn)} notes={t.lists} />
                </Link>
              ),
          },
          { key: "visibility", header: a.columns.visibility, cell: (row) => <VisibilityBadge visibility={row.visibility} labels={t.lists.visibilityLevels} /> },
        ]}
      />
    </div>
  );
}
