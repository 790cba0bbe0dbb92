import type { Metadata } from "next";
import Link from "next/link";
import { meetingColumns } from "@/components/meetings/meeting-columns";
import { DataTable } from "@/components/ui/data-table";
import { ListBody } from "@/components/ui/list-body";
import { ListFilters } from "@/components/ui/list-filters";
import { requireUser } from "@/lib/auth";
import { can } from "@/lib/authz";
import { listCampaignOptions } from "@/lib/campaigns/options";
import { getMessages } from "@/lib/i18n/server";
import { listInstitutionOptions } from "@/lib/institutions/options";
import { enumOptions, visibilityOptions } from "@/lib/lists/options";
import type { RawSearchParams } from "@/lib/lists/params";
import { findMeetings } from "@/lib/meetings/queries";
import { parseMeetingListParams } from "@/lib/meetings/schema";
import { SavedNotice } from "@/components/ui/saved-notice";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.meetings.title };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const deleted = (raw instanceof URLSearchParams ? raw.get("done") : raw.done) === "deleted";
  const [{ t, locale }, params] = await Promise.all([getMessages(), searchParams.then(parseMeetingListParams)]);
  const [page, institutions, campaigns] = await Promise.all([
    findMeetings(user, params),
    listInstitutionOptions(user, locale),
    listCampaignOptions(user, locale),
  ]);
  const f = params.filters;
  const m = t.meetings;
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{m.title}</h1>
        {can(user, "manage:meetings") && (
          <Link href="/meetings/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-brand-800">
            {t.meetingsForm.newMeeting}
          </Link>
        )}
      </div>
      {deleted && (
        <SavedNotice className="mb-4">
          {t.meetingsForm.delete.deleted}
        </SavedNotice>
      )}
      <ListFilters
        path="/meetings"
        q={params.q}
        keep={{ organisation: f.organisation, person: f.person }}
        t={t.lists}
        controls={[
          { kind: "date", name: "from", label: m.filters.from, value: f.from },
          { kind: "date", name: "to", label: m.filters.to, value: f.to },
          { kind: "select", name: "kind", label: m.filters.kind, options: enumOptions(m.kinds), value: f.kind },
          { kind: "select", name: "status", label: m.filters.status, options: enumOptions(m.statuses), value: f.status },
          { kind: "select", name: "institution", label: m.filters.institution, options: institutions, value: f.institution },
          { kind: "select", name: "campaign", label: m.filters.campaign, options: campaigns, value: f.campaign },
          { kind: "select", name: "visibility", label: m.filters.visibility, options: visibilityOptions(user, t.lists.visibilityLevels), value: f.visibility },
        ]}
      />
      <ListBody
        path="/meetings"
        exportName="meetings"
        params={params}
        page={page}
        emptyBody={m.empty}
        t={t.lists}
        table={
          <DataTable
            caption={m.caption}
            rows={page.rows}
            columns={meetingColumns(t, locale)}
            rowKey={(row) => row.id}
            rowHref={(row) => `/meetings/${row.id}`}
          />
        }
      />
    </div>
  );
}
