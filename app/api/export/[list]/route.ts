// CSV export of a list, with the filters of the page it was asked from. Signed-in readers only; the
// list's query scopes the rows to what the reader may see.
import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth";
import { LIST_EXPORTS } from "@/lib/exports/registry";
import { formatIsoDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ list: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in to export lists.\n", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { list } = await params;
  const exportList = Object.hasOwn(LIST_EXPORTS, list) ? LIST_EXPORTS[list] : undefined;
  if (!exportList) return new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { locale, t } = await getMessages();
  const csv = await exportList({ actor, searchParams: request.nextUrl.searchParams, locale, t });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="plaidoyer-${list}-${formatIsoDate(new Date())}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
