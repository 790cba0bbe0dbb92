import { describe, expect, test } from "vitest";
import { compareDue, mergeInDueOrder } from "@/lib/actions/due-order";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const a = (id: string, due: string | null) => ({ id, dueOn: due === null ? null : day(due) });

describe("actions in due order", () => {
  test("soonest first, undated last, ties by id", () => {
    const rows = [a("c", null), a("b", "2026-03-01"), a("a", null), a("d", "2026-01-15"), a("a1", "2026-03-01")];
    expect([...rows].sort(compareDue).map((row) => row.id)).toEqual(["d", "a1", "b", "a", "c"]);
  });

  test("two ordered lists merge into the order of their union", () => {
    const mine = [a("k", "2026-01-01"), a("b", "2026-02-01"), a("z", "2026-02-01"), a("m", null)];
    const organisation = [a("a", "2026-01-01"), a("c", "2026-02-01"), a("y", "2026-05-01"), a("n", null), a("o", null)];
    const merged = mergeInDueOrder(mine, organisation);
    expect(merged.map((row) => row.id)).toEqual([...mine, ...organisation].sort(compareDue).map((row) => row.id));
    expect(merged.map((row) => row.id)).toEqual(["a", "k", "b", "c", "z", "y", "m", "n", "o"]);
    expect(mergeInDueOrder([], organisation)).toEqual(organisation);
    expect(mergeInDueOrder(mine, [])).toEqual(mine);
  });
});
