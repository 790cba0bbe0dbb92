"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE, type FormState } from "@/lib/accounts/form-state";
import { FormMessage } from "./form-message";

/** A one-button form (revoke, deactivate, reactivate) that says why when it is refused. */
export function ActionButton({
  action,
  fields,
  label,
  ariaLabel,
  variant = "secondary",
  id,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  id: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel}>
        {label}
      </Button>
      <FormMessage state={state} id={id} />
    </form>
  );
}
