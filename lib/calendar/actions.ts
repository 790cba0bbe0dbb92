"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth";
import { env } from "@/lib/env";
import { createCalendarFeed, revokeCalendarFeed } from "./mutations";

export type CalendarFeedState = { status: "idle" } | { status: "created"; url: string } | { status: "revoked" } | { status: "error" };

/** Creates (or replaces) the user's feed link, or revokes it: the one form of the /calendar page. */
export async function changeCalendarFeed(_previous: CalendarFeedState, formData: FormData): Promise<CalendarFeedState> {
  const actor = await getActor();
  if (!actor) return { status: "error" };
  const intent = formData.get("intent");
  try {
    if (intent === "create") {
      const { token } = await createCalendarFeed({ actor });
      revalidatePath("/calendar");
      return { status: "created", url: `${env().APP_URL.replace(/\/$/, "")}/api/calendar/${token}.ics` };
    }
    if (intent === "revoke") {
      await revokeCalendarFeed({ actor });
      revalidatePath("/calendar");
      return { status: "revoked" };
    }
  } catch (error) {
    console.error("Calendar feed change failed", error);
  }
  return { status: "error" };
}
