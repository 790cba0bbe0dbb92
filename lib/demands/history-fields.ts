// What a demand, a step of its life and a commitment hold that their edit forms change: read by
// the edit pages to fill the form, and by the corrections to compare before and after.
export const editableDemandSelect = {
  titleFr: true,
  titleEn: true,
  descriptionFr: true,
  descriptionEn: true,
  campaignId: true,
  visibility: true,
  themes: { select: { themeId: true } },
  targets: { select: { institutionId: true } },
} as const;

export const editableStepSelect = {
  date: true,
  status: true,
  sourceMeetingId: true,
  sourceLetterId: true,
  sourceStatementId: true,
  sourceLabel: true,
  noteFr: true,
  noteEn: true,
  milestone: true,
} as const;

export const editableCommitmentSelect = {
  descriptionFr: true,
  descriptionEn: true,
  promisedByPersonId: true,
  promisedByPositionId: true,
  promisedOn: true,
  sourceMeetingId: true,
  sourceLetterId: true,
  dueOn: true,
  keptOn: true,
  status: true,
  note: true,
  visibility: true,
} as const;
