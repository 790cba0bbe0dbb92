import type { BadgeTone } from "@/components/ui/badge";
import type { DemandStatus } from "@/lib/generated/prisma/enums";

export const demandStatusTone: Record<DemandStatus, BadgeTone> = {
  RAISED: "neutral",
  ACKNOWLEDGED: "info",
  PROMISED: "info",
  IN_PROGRESS: "warning",
  PARTLY_MET: "warning",
  MET: "success",
  REJECTED: "danger",
};
