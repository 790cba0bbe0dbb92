import { describe, expect, test } from "vitest";
import { can, PERMISSIONS, visibleLevels, type Actor, type Permission } from "@/lib/authz";

const actor = (role: "COORDINATOR" | "MEMBER" | "OBSERVER"): Actor => ({
  id: role.toLowerCase(),
  role,
  organisationId: "org",
  name: role,
  email: `${role.toLowerCase()}@example.org`,
});

const anonymous: Actor = null;
const observer = actor("OBSERVER");
const member = actor("MEMBER");
const coordinator = actor("COORDINATOR");

describe("the role matrix", () => {
  test("an anonymous visitor may only read what is public", () => {
    const allowed = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(anonymous, p));
    expect(allowed).toEqual(["read:public"]);
    expect(visibleLevels(anonymous)).toEqual(["PUBLIC"]);
  });

  test("an observer reads what members read but changes nothing", () => {
    expect(can(observer, "read:workspace")).toBe(true);
    expect(visibleLevels(observer)).toEqual(["PUBLIC", "MEMBERS"]);
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      if (permission.startsWith("read:coordination") || /^(manage|update|draft|validate|publish|comment):/.test(permission)) {
        expect(can(observer, permission), permission).toBe(false);
      }
    }
  });

  test("a member updates her own actions and drafts reports, but manages nothing", () => {
    expect(can(member, "update:action:own")).toBe(true);
    expect(can(member, "draft:report:own-delegation")).toBe(true);
    expect(can(member, "comment:action")).toBe(true);
    expect(can(member, "update:action:any")).toBe(false);
    expect(can(member, "validate:report")).toBe(false);
    expect(can(member, "read:confidential-notes")).toBe(false);
    const manages = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => p.startsWith("manage:") && can(member, p));
    expect(manages).toEqual([]);
    expect(visibleLevels(member)).not.toContain("COORDINATION");
  });

  test("a coordinator may do everything but what is only for anonymous visitors", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(can(coordinator, permission), permission).toBe(true);
    }
    expect(visibleLevels(coordinator)).toEqual(["PUBLIC", "MEMBERS", "COORDINATION"]);
  });
});
