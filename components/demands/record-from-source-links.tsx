import Link from "next/link";
import { ManageLinks } from "@/components/ui/manage-links";

type Source = { meetingId: string } | { letterId: string };

/** Coordinator links beside a demand on a meeting or letter page: record a step or a promise sourced there. */
export function RecordFromSourceLinks({
  demandId,
  source,
  t,
}: {
  demandId: string;
  source: Source;
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

/** Under a meeting's or a letter's demands: a coordinator creates a new demand raised there, its first step sourced there. */
export function NewDemandFromSourceLink({ source, label }: { source: Source; label: string }) {
  return <ManageLinks className="mt-3" links={[{ href: `/demands/new?${new URLSearchParams(source)}`, label }]} />;
}
