"use client";
import { useActionState } from "react";
import { publicationAction, type PublicationState } from "@/lib/publishing/actions";

type Labels = { publish: string; withdraw: string; label: string; messages: Record<Exclude<PublicationState["status"], "idle">, string> };

/** Publish or withdraw one item; says so when someone else changed it first. */
export function PublicationButton({
  kind,
  id,
  version,
  published,
  labels,
}: {
  kind: string;
  id: string;
  version: number;
  published: boolean;
  labels: Labels;
}) {
  const [state, action, pending] = useActionState(publicationAction, { status: "idle" } as PublicationState);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="intent" value={published ? "withdraw" : "publish"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={labels.label}
        className={`rounded-md px-3 py-1 text-sm font-medium disabled:bg-slate-400 ${
          published ? "border border-accent-600 bg-white text-accent-600 hover:bg-red-50" : "bg-brand-700 text-white hover:bg-brand-800"
        }`}
      >
        {published ? labels.withdraw : labels.publish}
      </button>
      {state.status !== "idle" && (
        <p role={state.status === "done" ? "status" : "alert"} className={`text-xs ${state.status === "done" ? "text-slate-700" : "text-accent-600"}`}>
          {labels.messages[state.status]}
        </p>
      )}
    </form>
  );
}
