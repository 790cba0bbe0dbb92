import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditChanges } from "@/components/audit/audit-changes";
import { DataTable } from "@/components/ui/data-table";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { getMessages } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth";
import { findAuditEntries, listAuditFilterChoices } from "@/lib/audit/queries";
import { parseAuditListParams } from "@/lib/audit/schema";
import { can } from "@/lib/authz";
import { formatDateTime } from "@/lib/i18n/format";
import type { RawSearchParams } from "@/lib/lists/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.audit.title };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  if (!can(user, "read:audit")) notFound();
  const [{ t, locale }, params] = await Promise.all([getMessages(), searchParams.then(parseAuditListParams)]);
  const [page, choices] = await Promise.all([findAuditEntries(user, params), listAuditFilterChoices(user)]);
  const a = t.audit;
  const f = params.filters;
  return (
    <div>
      <h1 className="mb-2 text-2xl font-semibold">{a.title}</h1>
      <p className="mb-4 text-slate-700">{a.intro}</p>
      <ListFilters
        path="/audit"
        q=""
        search={false}
        t={t.lists}
        controls={[
          { kind: "select", name: "actor", label: a.filters.actor, options: choices.actors.map((u) => ({ value: u.id, label: u.name })), value: f.actor },
          { kind: "select", name: "type", label: a.filters.type, options: choices.types.map((type) => ({ value: type, label: a.types[type] ?? type })), value: f.type },
          { kind: "date", name: "from", label: a.filters.from, value: f.from },
          { kind: "date", name: "to", label: a.filters.to, value: f.to },
        ]}
      />
      <ListBody
        path="/audit"
        params={params}
        page={page}
        emptyBody={a.empty}
        t={t.lists}
        table={
          <DataTable
            caption={a.caption}
            rows={page.rows}
            rowKey={(row) => row.id}
            columns={[
              { key: "when", header: a.columns.when, cell: (row) => formatDateTime(row.createdAt, locale), className: "whitespace-nowrap align-top" },
              { key: "who", header: a.columns.who, cell: (row) => row.actor?.name ?? a.system, className: "align-top" },
              { key: "action", header: a.columns.action, cell: (row) => a.actions[row.action] ?? row.action, className: "align-top" },
              {
                key: "record",
                header: a.columns.record,
                className: "align-top",
                cell: (row) => {
                  const type = a.types[row.entityType] ?? row.entityType;
                  if (row.entityId === "*") return `${type} (${a.allRecords})`;
                  return row.link ? (
                    <>
                      <span className="block text-xs text-slate-600">{type}</span>
                      <a href={row.link.href}>{row.link.label}</a>
                    </>
                  ) : (
                    <span>
                      {type} <span className="text-slate-600">{a.recordGone}</span>
                    </span>
                  );
                },
              },
              {
                key: "changes",
                header: a.columns.changes,
                className: "align-top",
                cell: (row) => <AuditChanges action={row.action} changes={row.changes} entityType={row.entityType} names={page.names} t={t} locale={locale} />,
              },
            ]}
          />
        }
      />
    </div>
  );
}
