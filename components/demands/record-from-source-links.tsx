import Link from "next/link";

/** Coordinator links beside a demand on a meeting or letter page: record a step or a promise sourced there. */
export function RecordFromSourceLinks({
  demandId,
  source,
  t,
}: {
  demandId: string;
  source: { meetingId: string } | { letterId: string };
  t: { recordStatus: string; recordCommitment: string };
}) {
  const query = new URLSearchParams(source).toString();
  return (
    <span className="no-print ml-2 inline-flex flex-wrap gap-3 text-xs">
      <Link href={`/demands/${demandId}/status/new?${query}`}>{t.recordStatus}</Link>
      <Link href={`/demands/${demandId}/commitments/new?${query}`}>{t.recordCommitment}</Link>
    </span>
  );
}
