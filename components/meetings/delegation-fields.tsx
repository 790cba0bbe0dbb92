"use client";
// The Collective's delegation: its organisations, then their people. Only the people of the
// organisations ticked are offered (with JavaScript; without it all are, and the server checks).
import { useEffect, useState } from "react";
import { useField } from "@/components/ui/action-form";
import type { OrganisationChoice } from "@/lib/meetings/form-queries";

type Texts = { delegation: string; delegates: string; delegatesHint: string; noOrganisation: string };

const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

export function DelegationFields({
  organisations,
  unattachedPeople,
  initialOrganisations,
  initialPeople,
  t,
}: {
  organisations: OrganisationChoice[];
  unattachedPeople: { value: string; label: string }[];
  initialOrganisations: string[];
  initialPeople: string[];
  t: Texts;
}) {
  const delegation = useField("delegation", initialOrganisations);
  const delegates = useField("delegates", initialPeople);
  const [chosen, setChosen] = useState(() => new Set(asList(delegation.value)));
  const [previous, setPrevious] = useState(delegation.state);
  if (previous !== delegation.state) {
    setPrevious(delegation.state);
    setChosen(new Set(asList(delegation.value)));
  }
  const ticked = new Set(asList(delegates.value));
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const groups = [
    ...organisations.filter((o) => chosen.has(o.value) && o.people.length > 0).map((o) => ({ key: o.value, label: o.label, people: o.people })),
    ...(unattachedPeople.length > 0 ? [{ key: "none", label: t.noOrganisation, people: unattachedPeople }] : []),
  ];
  // Without JavaScript every organisation's people are listed; the server refuses a mismatch.
  const hydrated = useHydrated();
  const shown = hydrated ? groups : [...organisations.filter((o) => o.people.length > 0).map((o) => ({ key: o.value, label: o.label, people: o.people })), ...groups.filter((g) => g.key === "none")];

  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-1" aria-describedby={delegation.error ? "delegation-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t.delegation}</legend>
        <div className="grid max-h-64 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2">
          {organisations.map((o) => (
            <label key={`${o.value}-${delegation.state.status}`} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="delegation[]"
                value={o.value}
                defaultChecked={chosen.has(o.value)}
                onChange={(event) => toggle(o.value, event.target.checked)}
                className="mt-0.5"
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
        {delegation.error && (
          <p id="delegation-error" className="text-sm text-accent-600">
            {delegation.error}
          </p>
        )}
      </fieldset>
      <fieldset className="flex flex-col gap-1" aria-describedby={["delegates-hint", delegates.error ? "delegates-error" : null].filter(Boolean).join(" ")}>
        <legend className="text-sm font-medium text-slate-800">{t.delegates}</legend>
        <p id="delegates-hint" className="text-xs text-slate-600">
          {t.delegatesHint}
        </p>
        {shown.map((group) => (
          <div key={group.key} className="rounded-md border border-slate-200 p-2">
            <p className="text-xs font-semibold text-slate-700">{group.label}</p>
            <div className="grid gap-1 sm:grid-cols-2">
              {group.people.map((person) => (
                <label key={`${person.value}-${delegates.state.status}`} className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="delegates[]" value={person.value} defaultChecked={ticked.has(person.value)} className="mt-0.5" />
                  <span>{person.label}</span>
                </label>
              ))}
            </div>
          </div>
        ))}
        {delegates.error && (
          <p id="delegates-error" className="text-sm text-accent-600">
            {delegates.error}
          </p>
        )}
      </fieldset>
    </div>
  );
}

/** False on the server and the first render in the browser, true once hydrated. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
