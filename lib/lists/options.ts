// Choices offered by the lists' filters (institutions, campaigns…), as value/label pairs.
import type { FilterOption } from "@/components/ui/list-filters";
import { visibleLevels, type Actor } from "@/lib/authz";
import type { Visibility } from "@/lib/generated/prisma/enums";

export type { FilterOption };

/** Options from an enum, labelled in the reader's language. */
export function enumOptions<T extends string>(labels: Record<T, string>): FilterOption[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

/** The visibility levels the actor may see, as filter options. */
export function visibilityOptions(actor: Actor, labels: Record<Visibility, string>): FilterOption[] {
  return visibleLevels(actor).map((level) => ({ value: level, label: labels[level] }));
}
