import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionCommentForm } from "@/components/actions/action-comment-form";
import { ActionStatusForm } from "@/components/actions/action-status-form";
import { Markdown } from "@/components/ui/markdown";
import { getActionDetail } from "@/lib/actions/detail-queries";
import { ACTION_STATUSES } from "@/lib/actions/schema";
import { requireUser } from "@/lib/auth";
import { newSubmissionId } from "@/lib/forms/submission";
import { formatDate, formatDateTime, formatMeetingTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { SavedNotice } from "@/components/ui/saved-notice";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.nav.actions };
}

const STATUS_TONE: Record<string, string> = {
  OPEN: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  DONE: "bg-green-100 text-green-900",
  CANCELLED: "bg-slate-200 text-slate-700",
};

export default async function ActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ actionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [{ actionId }, { done }, { t, locale }] = await Promise.all([params, searchParams, getMessages()]);
  const action = await getActionDetail(user, actionId);
  if (!action) notFound();
  const a = t.actionPage;
  const statusLabel = (status: keyof typeof t.actions.statuses) => t.actions.statuses[status];
  const notice = done === "status" ? a.statusSaved : done === "comment" ? a.commentSaved : null;
  const formTexts = { pending: t.forms.saving, conflictBody: t.forms.conflictBody };
  const assignees = [action.assigneeOrganisation?.name, action.assigneeUser?.name].filter(Boolean).join(" · ");

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/actions">{a.backToActions}</Link> · <Link href="/dashboard">{a.backToDashboard}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{action.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span className={`rounded px-2 py-0.5 font-semibold ${STATUS_TONE[action.status]}`} data-testid="action-status">
            {statusLabel(action.status)}
          </span>
          {action.overdue && <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-accent-600">{a.overdue}</span>}
          {action.completedAt && <span className="text-slate-600">{interpolate(a.completedAt, { date: formatDate(action.completedAt, locale) })}</span>}
        </p>
      </div>
      {notice && (
        <SavedNotice>
          {notice}
        </SavedNotice>
      )}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">{a.dueOn}</dt>
        <dd>{action.dueOn ? formatDate(action.dueOn, locale) : a.noDueDate}</dd>
        <dt className="font-medium text-slate-700">{a.assignedTo}</dt>
        <dd>{assignees || a.nobody}</dd>
        <dt className="font-medium text-slate-700">{a.meeting}</dt>
        <dd>
          {action.meeting ? (
            <Link href={`/meetings/${action.meeting.id}`}>
              {(locale === "en" && action.meeting.titleEn) || action.meeting.titleFr} ({formatMeetingTime(action.meeting.startsAt, action.meeting.allDay, locale)})
            </Link>
          ) : (
            a.noMeeting
          )}
        </dd>
      </dl>
      {action.description && (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading" className="text-lg font-semibold">
            {a.description}
          </h2>
          <Markdown source={action.description} className="mt-2 text-sm" />
        </section>
      )}

      {action.mayChangeStatus ? (
        <section aria-labelledby="status-heading" className="rounded-lg border border-slate-200 p-4">
          <h2 id="status-heading" className="mb-3 text-lg font-semibold">
            {a.changeStatusTitle}
          </h2>
          {/* Keyed by version: after a save the form starts again from what is now stored. */}
          <ActionStatusForm
            key={action.version}
            action={{ id: action.id, version: action.version, status: action.status }}
            statuses={ACTION_STATUSES.filter((status) => status !== action.status).map((status) => ({ value: status, label: statusLabel(status) }))}
            t={{ ...formTexts, submit: a.saveStatus, newStatus: a.newStatus, note: a.note, noteHint: a.noteHint }}
          />
        </section>
      ) : (
        <p className="text-sm text-slate-600">{a.readOnly}</p>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold">
          {a.history}
        </h2>
        {action.statusChanges.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{a.noHistory}</p>
        ) : (
          <ol className="mt-2 flex flex-col gap-3" data-testid="action-history">
            {action.statusChanges.map((change) => (
              <li key={change.id} className="border-l-2 border-brand-700 pl-3 text-sm">
                <p>
                  <span className="font-medium">
                    {change.fromStatus
                      ? interpolate(a.historyEntry, { from: statusLabel(change.fromStatus), to: statusLabel(change.toStatus) })
                      : interpolate(a.historyCreated, { to: statusLabel(change.toStatus) })}
                  </span>{" "}
                  <span className="text-slate-600">
                    · {formatDateTime(change.createdAt, locale)} · {interpolate(a.by, { name: change.changedBy?.name ?? a.someone })}
                  </span>
                </p>
                {change.note && <p className="mt-1 whitespace-pre-line">{change.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="comments" className="flex flex-col gap-3">
        <h2 id="comments" className="text-lg font-semibold">
          {a.comments}
        </h2>
        {action.comments.length === 0 ? (
          <p className="text-sm text-slate-600">{a.noComments}</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="action-comments">
            {action.comments.map((comment) => (
              <li key={comment.id} className="rounded-md bg-slate-50 p-3 text-sm">
                <p className="text-slate-600">
                  {comment.author?.name ?? a.someone} · {formatDateTime(comment.createdAt, locale)}
                </p>
                <Markdown source={comment.body} className="mt-1" />
              </li>
            ))}
          </ul>
        )}
        {action.mayComment && (
          <ActionCommentForm
            key={action.comments.length}
            actionId={action.id}
            submissionId={newSubmissionId()}
            t={{ ...formTexts, submit: a.addComment, commentLabel: a.commentLabel, commentHint: a.commentHint }}
          />
        )}
      </section>
    </div>
  );
}
