// The demands as a board, one column per status: the most recently changed cards of each column
// and how many there are. A fixed number of queries (one count, one read per status), each
// bounded, whatever the number of demands.
import "server-only";
import { visibleLevels, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { assertWorkspaceReader } from "@/lib/lists/access";
import { DEMAND_STATUSES } from "./history-schema";

export const CARDS_PER_COLUMN = 20;

export async function getDemandBoard(actor: Actor) {
  assertWorkspaceReader(actor);
  const visibility = { in: visibleLevels(actor) };
  const [counts, ...columns] = await Promise.all([
    db.demand.groupBy({ by: ["status"], where: { visibility }, _count: { _all: true } }),
    ...DEMAND_STATUSES.map((status) =>
      db.demand.findMany({
        where: { status, visibility },
        orderBy: [{ statusDate: "desc" }, { id: "desc" }],
        take: CARDS_PER_COLUMN,
        select: { id: true, titleFr: true, titleEn: true, statusDate: true, raisedOn: true },
      }),
    ),
  ]);
  const total = new Map(counts.map((row) => [row.status, row._count._all]));
  return DEMAND_STATUSES.map((status, index) => ({ status, total: total.get(status) ?? 0, cards: columns[index] }));
}
