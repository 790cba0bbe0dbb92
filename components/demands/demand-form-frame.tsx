// The frame shared by the forms reached from a demand's page (a status change, a commitment, to
// record or to correct): the coordinator check, the demand with its choices of sources, and the
// heading back to it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth";
import { can, type Actor } from "@/lib/authz";
import { getDemandFormContext, type DemandFormSelection } from "@/lib/demands/history-form-queries";
import { COMMITMENT_STATUSES, DEMAND_STATUSES } from "@/lib/demands/history-schema";
import { visibilityChoices } from "@/lib/forms/fields";
import type { Messages } from "@/lib/i18n/messages";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";

export type DemandFormPageProps = {
  params: Promise<{ demandId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

/** The meeting or letter a form is opened from (`?meetingId=` / `?letterId=`), to preselect as its source. */
export function sourceFromQuery(query: Record<string, string | string[] | undefined>): DemandFormSelection {
  return { meetingId: one(query.meetingId), letterId: one(query.letterId) };
}

/** A coordinator, or a 404: these forms are the coordination's. */
async function requireManager() {
  const user = await requireUser();
  if (!can(user, "manage:demands")) notFound();
  return user;
}

/** The demand and its choices (always offering `selection`), with its title in the reader's language, or a 404. */
async function loadContext(user: NonNullable<Actor>, demandId: string, selection: DemandFormSelection, messages: Awaited<ReturnType<typeof getMessages>>) {
  const context = await getDemandFormContext(user, demandId, selection, messages.locale);
  if (!context) notFound();
  const title = (messages.locale === "en" && context.demand.titleEn) || context.demand.titleFr;
  return { ...messages, context, title };
}

/** The demand and its choices for a coordinator, or a 404; `?meetingId=` / `?letterId=` preselect a source. */
export async function loadDemandForm({ params, searchParams }: DemandFormPageProps) {
  const user = await requireManager();
  const [{ demandId }, query, messages] = await Promise.all([params, searchParams, getMessages()]);
  return loadContext(user, demandId, sourceFromQuery(query), messages);
}

/**
 * The same for an edit form: the record (read by `read`, null when it is not the demand's), and
 * the demand's choices, which always include the record's own sources and official.
 */
export async function loadDemandEditForm<P extends { demandId: string }, R>(
  params: Promise<P>,
  read: (user: NonNullable<Actor>, params: P) => Promise<R | null>,
  selection: (record: R) => DemandFormSelection,
) {
  const user = await requireManager();
  const [resolved, messages] = await Promise.all([params, getMessages()]);
  const record = await read(user, resolved);
  if (!record) notFound();
  return { ...(await loadContext(user, resolved.demandId, selection(record), messages)), record };
}

/** The page's title: its form's heading, in the reader's language. */
export function demandFormMetadata(heading: "recordStatus" | "recordCommitment" | "editStatus" | "editCommitment") {
  return async (): Promise<Metadata> => ({ title: (await getMessages()).t.demandWork[heading] });
}

type DemandFormContext = NonNullable<Awaited<ReturnType<typeof getDemandFormContext>>>;

/** What the step form offers to choose from, in the reader's language. */
export function statusFormOptions(t: Messages, context: DemandFormContext) {
  return {
    statuses: DEMAND_STATUSES.map((status) => ({ value: status, label: t.demands.statuses[status] })),
    meetings: context.meetings,
    letters: context.letters,
    statements: context.statements,
  };
}

/** What the commitment form offers to choose from, in the reader's language. */
export function commitmentFormOptions(t: Messages, context: DemandFormContext) {
  return {
    statuses: COMMITMENT_STATUSES.map((status) => ({ value: status, label: t.demands.commitmentStatuses[status] })),
    visibilities: visibilityChoices(t.common.visibility),
    positions: context.positions,
    meetings: context.meetings,
    letters: context.letters,
  };
}

export function DemandFormFrame({ demandId, title, heading, forDemand, children }: { demandId: string; title: string; heading: string; forDemand: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/demands/${demandId}`}>← {title}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{heading}</h1>
      <p className="text-slate-700">{interpolate(forDemand, { title })}</p>
      {children}
    </div>
  );
}
