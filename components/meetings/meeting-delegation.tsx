import Link from "next/link";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { personName } from "@/lib/people/name";

/** The Collective's delegation: its organisations, each with the people who went. */
export function MeetingDelegation({
  meeting,
  t,
}: {
  meeting: Pick<MeetingDetail, "delegation" | "otherDelegates">;
  t: { noDelegation: string; otherDelegates: string };
}) {
  if (meeting.delegation.length === 0 && meeting.otherDelegates.length === 0) return <p className="text-sm text-slate-700">{t.noDelegation}</p>;
  const people = (list: MeetingDetail["otherDelegates"]) =>
    list.map((person, index) => (
      <span key={person.id}>
        {index > 0 && ", "}
        <Link href={`/people/${person.id}`}>{personName(person)}</Link>
      </span>
    ));
  return (
    <ul className="space-y-1">
      {meeting.delegation.map(({ organisation, people: staff }) => (
        <li key={organisation.id}>
          <Link href={`/organisations/${organisation.id}`}>{organisation.acronym ? `${organisation.name} (${organisation.acronym})` : organisation.name}</Link>
          {staff.length > 0 && <> : {people(staff)}</>}
        </li>
      ))}
      {meeting.otherDelegates.length > 0 && (
        <li>
          {t.otherDelegates} : {people(meeting.otherDelegates)}
        </li>
      )}
    </ul>
  );
}
