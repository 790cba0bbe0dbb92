// The reads of each workspace page the benchmark measures, as the pages call them, for the demo
// member and coordinator: shared by the EXPLAIN tool.
import type { PrismaClient } from "../../lib/generated/prisma/client";

export async function readWorkspacePages(db: PrismaClient): Promise<Record<string, () => Promise<unknown>>> {
  const { getDashboard, getCoordinationWatch } = await import("../../lib/dashboard/queries");
  const { findActions } = await import("../../lib/actions/queries");
  const { parseActionListParams } = await import("../../lib/actions/schema");
  const { getDemand } = await import("../../lib/demands/queries");
  const { getDemandBoard } = await import("../../lib/demands/board-queries");
  const { searchWorkspace } = await import("../../lib/search/queries");
  const { parseSearchRequest } = await import("../../lib/search/schema");
  const actor = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, organisationId: true, name: true, email: true } });
  const [member, coordinator] = await Promise.all([actor("member@example.org"), actor("coordinator@example.org")]);
  const demand = await db.demand.findFirstOrThrow({ where: { titleFr: { startsWith: "Une instruction aux préfets" } }, select: { id: true } });
  return {
    "member dashboard": () => getDashboard(member),
    "coordinator dashboard": () => Promise.all([getDashboard(coordinator), getCoordinationWatch(coordinator)]),
    "member actions list": () => findActions(member, parseActionListParams({})),
    "member actions list, page 3": () => findActions(member, parseActionListParams({ page: "3" })),
    "coordinator actions list": () => findActions(coordinator, parseActionListParams({})),
    "actions list, page 200": () => findActions(coordinator, parseActionListParams({ page: "200" })),
    "demand page": () => getDemand(member, demand.id),
    "demands board": () => getDemandBoard(member),
    search: () => searchWorkspace(member, parseSearchRequest({ q: "traite" }), "fr"),
    "search, in English": () => searchWorkspace(member, parseSearchRequest({ q: "traite" }), "en"),
  };
}
