// Actions in due order — soonest first, undated last, then by id — as the database sorts them
// (`ORDER BY "dueOn" ASC NULLS LAST, id ASC`). The "mine and my organisation's" view reads each
// assignee's actions from its own index in that order and merges them here, instead of asking the
// database to sort every action of the member and her organisation for every page.

export type DueOrdered = { id: string; dueOn: Date | null };

/**
 * The database's order. Ids are cuids (ASCII letters and digits) and the databases sort text by code
 * point (C collation), so comparing code units here gives the same order.
 */
export function compareDue(a: DueOrdered, b: DueOrdered): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    const difference = a.dueOn.getTime() - b.dueOn.getTime();
    if (difference !== 0) return difference;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Two lists already in due order, with no row in both, merged in due order. */
export function mergeInDueOrder<T extends DueOrdered>(first: T[], second: T[]): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) merged.push(compareDue(first[i], second[j]) <= 0 ? first[i++] : second[j++]);
  while (i < first.length) merged.push(first[i++]);
  while (j < second.length) merged.push(second[j++]);
  return merged;
}
