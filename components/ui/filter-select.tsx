"use client";
import type { FilterOption } from "./list-filters";

/**
 * A list filter's select, rendered from its options as data: the page's React payload carries each
 * option as `{value, label}` instead of an element, which the server outlined one by one (the
 * actions list's 64 organisations were a twelfth of its time on the large data set).
 */
export function FilterSelect({
  id,
  name,
  value,
  any,
  options,
  className,
}: {
  id: string;
  name: string;
  value: string;
  /** The first option, no filter. */
  any: string;
  options: FilterOption[];
  className: string;
}) {
  return (
    <select id={id} name={name} defaultValue={value} className={className}>
      <option value="">{any}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
