import type { ReactNode } from "react";
import type { Visibility } from "@/lib/generated/prisma/enums";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger" | "restricted";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  info: "bg-brand-50 text-brand-800 ring-brand-100",
  success: "bg-green-50 text-green-900 ring-green-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
  danger: "bg-red-50 text-red-900 ring-red-300",
  restricted: "bg-purple-50 text-purple-900 ring-purple-300",
};

/** A short status label; its text carries the meaning, the colour only helps. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  );
}

const visibilityTones: Record<Visibility, BadgeTone> = { PUBLIC: "success", MEMBERS: "neutral", COORDINATION: "restricted" };

export function VisibilityBadge({ visibility, labels }: { visibility: Visibility; labels: Record<Visibility, string> }) {
  return <Badge tone={visibilityTones[visibility]}>{labels[visibility]}</Badge>;
}
