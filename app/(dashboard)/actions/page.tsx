import type { Metadata } from "next";
import Link from "next/link";
import { ActionTable } from "@/components/actions/action-table";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { actionView, findActions, findMeetingTitle } from "@/lib/actions/queries";
import { parseActionListParams, type ActionView } from "@/lib/actions/schema";
import { requireUser } from "@/lib/auth";
import { formatDate } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import { getMessages } from "@/lib/i18n/server";
import { enumOptions } from "@/lib/lists/options";
import { interpolate } from "@/lib/i18n/interpolate";
import { listHref, type RawSearchParams } from "@/lib/lists/params";
import { listOrganisationOptions } from "@/lib/organisations/options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.actions.title };
}

export default async function ActionsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const [{ t, locale }, params] = await Promise.all([getMessages(), searchParams.then(parseActionListParams)]);
  const f = params.filters;
  const view = actionView(user, f.view);
  // Choosing an organisation narrows only the view of everything; hers and her organisation's
  // views hold one organisation's actions. Still shown when the address sets one, to undo it.
  const organisationFilter = view === "all" || f.organisation !== undefined;
  const [page, organisations, meeting] = await Promise.all([
    findActions(user, params),
    organisationFilter ? listOrganisationOptions(user) : [],
    f.meeting ? findMeetingTitle(user, f.meeting) : null,
  ]);
  const a = t.actions;
  const v = t.actionPage;
  const views: ActionView[] = user.organisationId ? ["assigned", "mine", "organisation", "all"] : ["mine", "all"];
  const { view: _view, meeting: _meeting, ...otherFilters } = params.query;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{a.title}</h1>
      <nav aria-label={v.views.label} className="mb-3 flex flex-wrap gap-2 text-sm">
        {views.map((option) => (
          <Link
            key={option}
            href={listHref("/actions", { ...params.query, view: option })}
            aria-current={option === view ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${option === view ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300"}`}
          >
            {v.views[option]}
          </Link>
        ))}
      </nav>
      {f.meeting && (
        <p className="mb-3 text-sm">
          {interpolate(v.meetingFilter, { meeting: meeting ? localized(locale, meeting.titleFr, meeting.titleEn).text : "—" })}{" "}
          <Link href={listHref("/actions", { ...otherFilters, ...(f.view ? { view: f.view } : {}) })}>{v.removeFilter}</Link>
        </p>
      )}
      <ListFilters
        path="/actions"
        q={params.q}
        keep={{ view: f.view, meeting: f.meeting }}
        t={t.lists}
        controls={[
          { kind: "select", name: "status", label: a.filters.status, options: enumOptions(a.statuses), value: f.status },
          ...(organisationFilter ? [{ kind: "select" as const, name: "organisation", label: a.filters.organisation, options: organisations, value: f.organisation }] : []),
          { kind: "date", name: "dueBefore", label: a.filters.dueBefore, value: f.dueBefore },
          { kind: "checkbox", name: "overdue", label: a.filters.overdue, checked: f.overdue },
        ]}
      />
      <ListBody
        path="/actions"
        exportName="actions"
        params={params}
        page={page}
        emptyBody={a.empty}
        t={t.lists}
        table={
          <ActionTable
            rows={page.rows.map((row) => ({
              id: row.id,
              title: row.title,
              status: row.status,
              dueOn: formatDate(row.dueOn, locale),
              overdue: row.overdue,
              assignee: [row.assigneeOrganisation?.acronym ?? row.assigneeOrganisation?.name, row.assigneeUser?.name].filter(Boolean).join(", "),
              meeting: row.meeting && { id: row.meeting.id, title: localized(locale, row.meeting.titleFr, row.meeting.titleEn) },
              visibility: row.visibility,
            }))}
            t={{ caption: a.caption, columns: a.columns, statuses: a.statuses, overdue: t.lists.overdue, visibilityLevels: t.lists.visibilityLevels, inFrench: t.lists.inFrench, inEnglish: t.lists.inEnglish }}
          />
        }
      />
    </div>
  );
}
