import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Localized } from "@/components/ui/localized-text";
import type { DemandDetail } from "@/lib/demands/queries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import { approximateMonths } from "@/lib/demands/open-duration";
import { localized } from "@/lib/i18n/localized";
import type { Messages } from "@/lib/i18n/messages";
import { institutionName } from "@/lib/institutions/name";
import { personName } from "@/lib/people/name";

type Commitment = DemandDetail["commitments"][number];

function Timing({ commitment, t, approx }: { commitment: Commitment; t: Messages["demands"]["detail"]; approx: string }) {
  const timing = commitment.timing;
  if (timing.kind === "kept-late")
    return (
      <Badge tone="warning">
        {interpolate(t.lateBy, { days: timing.days })}
        {/* A long delay also reads in months, as the coalition tells it ("five months late"). */}
        {timing.days >= 60 && ` (${interpolate(approx, { months: approximateMonths(timing.days) })})`}
      </Badge>
    );
  if (timing.kind === "overdue") return <Badge tone="danger">{interpolate(t.overdueBy, { days: timing.days })}</Badge>;
  if (timing.kind === "kept-on-time") return <Badge tone="success">{t.onTime}</Badge>;
  return null;
}

/** The promises made about a demand: by whom (with the title held), when, due, kept, how late. */
export function CommitmentList({
  commitments,
  t,
  locale,
  editableFor,
}: {
  commitments: Commitment[];
  t: Messages;
  locale: Locale;
  /** For coordinators: the demand whose commitments may be updated (kept, broken, corrected). */
  editableFor?: string;
}) {
  const d = t.demands.detail;
  const w = t.demandWork;
  if (commitments.length === 0) return <p className="text-sm text-slate-700">{d.noCommitments}</p>;
  return (
    <ul className="space-y-4">
      {commitments.map((commitment) => {
        const position = commitment.promisedByPosition;
        return (
          <li key={commitment.id} className="rounded-md border border-slate-200 p-3">
            <p className="flex flex-wrap items-baseline justify-between gap-2 font-medium">
              <Localized value={localized(locale, commitment.descriptionFr, commitment.descriptionEn)} notes={t.lists} />
              {editableFor && (
                <Link
                  href={`/demands/${editableFor}/commitments/${commitment.id}/edit`}
                  aria-label={interpolate(w.editCommitmentLabel, { description: localized(locale, commitment.descriptionFr, commitment.descriptionEn).text })}
                  className="no-print text-sm font-normal"
                >
                  {w.editCommitmentLink}
                </Link>
              )}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <Badge>{t.demands.commitmentStatuses[commitment.status]}</Badge>
              <Timing commitment={commitment} t={d} approx={t.demandWork.lateApprox} />
            </p>
            <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1 text-sm">
              {(commitment.promisedByPerson || position) && (
                <>
                  <dt className="text-slate-700">{d.promisedBy}</dt>
                  <dd>
                    {commitment.promisedByPerson && <Link href={`/people/${commitment.promisedByPerson.id}`}>{personName(commitment.promisedByPerson)}</Link>}
                    {position && (
                      <>
                        {commitment.promisedByPerson && ", "}
                        {(locale === "en" && position.titleEn) || position.title} — {institutionName(locale, position.institution)}
                      </>
                    )}
                  </dd>
                </>
              )}
              {commitment.promisedOn && (
                <>
                  <dt className="text-slate-700">{d.promisedOn}</dt>
                  <dd>{formatDate(commitment.promisedOn, locale)}</dd>
                </>
              )}
              {commitment.dueOn && (
                <>
                  <dt className="text-slate-700">{d.dueOn}</dt>
                  <dd>{formatDate(commitment.dueOn, locale)}</dd>
                </>
              )}
              {commitment.keptOn && (
                <>
                  <dt className="text-slate-700">{d.keptOn}</dt>
                  <dd>{formatDate(commitment.keptOn, locale)}</dd>
                </>
              )}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
