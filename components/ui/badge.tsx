import type { ReactNode } from "react";
import type { Visibility } from "@/lib/generated/prisma/enums";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger" | "restricted";

/**
 * The look is in app/globals.css (`.badge`, `.badge-<tone>`): two class names per badge instead of
 * a dozen utilities. A list of 25 rows shows 50 to 75 badges; their utilities were a fifth of the
 * actions list's page, once in its HTML and once more in the React payload that follows it.
 */
const tones: Record<BadgeTone, string> = {
  neutral: "badge-neutral",
  info: "badge-info",
  success: "badge-success",
  warning: "badge-warning",
  danger: "badge-danger",
  restricted: "badge-restricted",
};

/** A short status label; its text carries the meaning, the colour only helps. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge ${tones[tone]}`}>{children}</span>;
}

const visibilityTones: Record<Visibility, BadgeTone> = { PUBLIC: "success", MEMBERS: "neutral", COORDINATION: "restricted" };

export function VisibilityBadge({ visibility, labels }: { visibility: Visibility; labels: Record<Visibility, string> }) {
  return <Badge tone={visibilityTones[visibility]}>{labels[visibility]}</Badge>;
}
