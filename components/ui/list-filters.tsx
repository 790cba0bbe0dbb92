import Link from "next/link";
import { FilterSelect } from "./filter-select";

export type FilterOption = { value: string; label: string };

export type FilterControl =
  | { kind: "select"; name: string; label: string; options: FilterOption[]; value?: string }
  | { kind: "date"; name: string; label: string; value?: string }
  | { kind: "checkbox"; name: string; label: string; checked?: boolean };

type FilterTexts = { searchLabel: string; filtersLegend: string; apply: string; reset: string; any: string };

const control = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/**
 * A GET form of search box and filters: works without JavaScript, keeps the list's URL shareable,
 * and starts again from page 1 (the page number is not part of the form).
 */
export function ListFilters({
  path,
  q,
  search = true,
  controls,
  keep = {},
  t,
}: {
  path: string;
  q: string;
  search?: boolean;
  controls: FilterControl[];
  /** Filters set by a link (e.g. an organisation's meetings) that have no control: kept as they are. */
  keep?: Record<string, string | undefined>;
  t: FilterTexts;
}) {
  return (
    <form method="get" action={path} role="search" className="mb-4 rounded-md border border-slate-200 bg-slate-50 p-3">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t.filtersLegend}</legend>
        {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        {search && (
          <div className="flex flex-col gap-1">
            <label htmlFor="list-q" className="text-sm font-medium text-slate-800">
              {t.searchLabel}
            </label>
            <input id="list-q" name="q" type="search" defaultValue={q} className={`${control} w-64`} />
          </div>
        )}
        {controls.map((item) => {
          const id = `list-${item.name}`;
          if (item.kind === "checkbox") {
            return (
              <div key={item.name} className="flex items-center gap-2 py-2">
                <input id={id} name={item.name} type="checkbox" value="1" defaultChecked={item.checked} className="h-4 w-4" />
                <label htmlFor={id} className="text-sm font-medium text-slate-800">
                  {item.label}
                </label>
              </div>
            );
          }
          return (
            <div key={item.name} className="flex flex-col gap-1">
              <label htmlFor={id} className="text-sm font-medium text-slate-800">
                {item.label}
              </label>
              {item.kind === "select" ? (
                <FilterSelect id={id} name={item.name} value={item.value ?? ""} any={t.any} options={item.options} className={`${control} max-w-60`} />
              ) : (
                <input id={id} name={item.name} type="date" defaultValue={item.value ?? ""} className={control} />
              )}
            </div>
          );
        })}
        <div className="flex items-center gap-3 py-1">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            {t.apply}
          </button>
          <Link href={path} className="text-sm">
            {t.reset}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
