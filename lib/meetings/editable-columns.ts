// The meeting's own columns that its edit form holds: what the form loads, and what a version
// conflict compares. One list, so a field added to the form is compared too.
export const EDITABLE_MEETING_COLUMNS = {
  titleFr: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  place: true,
  kind: true,
  status: true,
  visibility: true,
  agenda: true,
  report: true,
  reportStatus: true,
  reportValidatedOn: true,
  reportValidatedAtId: true,
  summaryFr: true,
  summaryEn: true,
  confidentialNotes: true,
  followsLetterId: true,
  followsMeetingId: true,
  campaignId: true,
} as const;
