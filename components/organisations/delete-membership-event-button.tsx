"use client";
// Deletes one membership event; the organisation's status is recomputed in the same transaction.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE, type FormState } from "@/lib/forms/state";

export function DeleteMembershipEventButton({
  action,
  organisationId,
  eventId,
  label,
  accessibleLabel,
  pendingLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  organisationId: string;
  eventId: string;
  label: string;
  accessibleLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="eventId" value={eventId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={accessibleLabel} className="px-2 py-1 text-xs">
        {pending ? pendingLabel : label}
      </Button>
      {state.formError && (
        <span role="alert" className="text-xs text-accent-600">
          {state.formError}
        </span>
      )}
    </form>
  );
}
