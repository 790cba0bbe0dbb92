"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { changeCalendarFeed, type CalendarFeedState } from "@/lib/calendar/actions";

export type CalendarFeedTexts = {
  none: string;
  active: string;
  activeHint: string;
  create: string;
  replace: string;
  revoke: string;
  revoked: string;
  created: string;
  linkLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  howTo: string;
  failed: string;
};

/** Create, copy (once) and revoke the personal feed link. */
export function CalendarFeedPanel({ hasFeed, t }: { hasFeed: boolean; t: CalendarFeedTexts }) {
  const [state, action, pending] = useActionState<CalendarFeedState, FormData>(changeCalendarFeed, { status: "idle" });
  const [copyStatus, setCopyStatus] = useState<"idle" | "copied" | "failed">("idle");
  const created = state.status === "created" ? state.url : null;

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      setCopyStatus("copied");
    } catch {
      (document.getElementById("calendar-link") as HTMLInputElement | null)?.select();
      setCopyStatus("failed");
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <div role="status" className="text-sm">
        {state.status === "revoked" && <p className="rounded-md border border-slate-300 bg-slate-50 p-3">{t.revoked}</p>}
        {state.status === "error" && <p className="rounded-md border border-accent-600 bg-red-50 p-3 text-accent-600">{t.failed}</p>}
        {!created && state.status !== "revoked" && <p>{hasFeed ? t.active : t.none}</p>}
      </div>

      {created && (
        <div className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 p-4">
          <p className="text-sm font-medium text-green-900">{t.created}</p>
          <label htmlFor="calendar-link" className="text-sm font-medium text-slate-800">
            {t.linkLabel}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Input
              id="calendar-link"
              readOnly
              value={created}
              onFocus={(event) => event.currentTarget.select()}
              className="flex-1 font-mono"
              aria-describedby="calendar-how-to"
            />
            <Button type="button" variant="secondary" onClick={copy}>
              {t.copy}
            </Button>
          </div>
          <p aria-live="polite" className="text-sm">
            {copyStatus === "copied" ? t.copied : copyStatus === "failed" ? t.copyFailed : ""}
          </p>
          <p id="calendar-how-to" className="text-sm text-slate-700">
            {t.howTo}
          </p>
        </div>
      )}

      {hasFeed && !created && state.status !== "revoked" && <p className="text-sm text-slate-600">{t.activeHint}</p>}

      <form action={action} className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="create" disabled={pending}>
          {hasFeed ? t.replace : t.create}
        </Button>
        {hasFeed && (
          <Button type="submit" name="intent" value="revoke" variant="danger" disabled={pending}>
            {t.revoke}
          </Button>
        )}
      </form>
    </div>
  );
}
