// The registry's audit service cannot be reached from our machines, so this test holds, for the
// packages that face the network, the lowest versions that fix every advisory published for them
// (docs/decisions/009-security-advisories.md lists them). It reads the INSTALLED versions, so a
// lock file that drifts below a floor fails here. New advisory: raise the floor, cite it there.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

type Floor = { name: string; minimum: string; advisories: string[] };

const FLOORS: Floor[] = [
  {
    name: "next",
    // 16.3.3: August 2026 release (AVIF image optimisation RCE, Windows RCE); it carries every
    // earlier 16.x fix: 16.2.11 (July 2026), 16.2.6 (May 2026), 16.2.3, 16.1.7, 16.1.5, 16.0.7.
    minimum: "16.3.3",
    advisories: [
      "GHSA-2xp9-vwfh-vxw4", "GHSA-p293-qw3h-jr36", "GHSA-p9j2-gv94-2wf4", "GHSA-89xv-2m56-2m9x",
      "GHSA-267c-6grr-h53f", "GHSA-26hh-7cqf-hhc6", "GHSA-492v-c6pp-mqqv", "GHSA-c4j6-fc7j-m34r",
      "GHSA-8h8q-6873-q5fj", "GHSA-mg66-mrh9-m8jx", "GHSA-ffhc-5mcf-pf4q", "GHSA-gx5p-jg67-6x7h",
      "GHSA-vfv6-92ff-j949", "GHSA-q4gf-8mx6-v5v3", "GHSA-mq59-m269-xvcx", "GHSA-h27x-g6w4-24gq",
      "GHSA-ggv3-7p47-pfv8", "GHSA-5f7q-jpqc-wp7h", "GHSA-9g9p-9gw9-jx7f", "CVE-2025-66478", "GHSA-f82v-jwr5-mffw",
    ],
  },
  { name: "react", minimum: "19.2.3", advisories: ["GHSA-fv66-9v8q-g76r", "CVE-2025-55184", "CVE-2025-55183", "CVE-2025-67779"] },
  { name: "react-dom", minimum: "19.2.3", advisories: ["GHSA-fv66-9v8q-g76r", "CVE-2025-55184", "CVE-2025-55183", "CVE-2025-67779"] },
  { name: "next-auth", minimum: "4.24.12", advisories: ["GHSA-5jpx-9hw9-2fx4"] },
  {
    name: "nodemailer",
    // 9.1.1: the newest 9.x; next-auth's optional peer (^7) is overridden in package.json.
    minimum: "9.1.1",
    advisories: [
      "GHSA-c7w3-x93f-qmm8", "GHSA-vvjj-xcjg-gr5g", "GHSA-r7g4-qg5f-qqm2", "GHSA-268h-hp4c-crq3", "GHSA-p6gq-j5cr-w38f",
      "GHSA-2x7j-588g-ccc2", "GHSA-8m3c-c648-2xjj", "GHSA-cc9r-2j5m-2m83", "GHSA-wmmp-3585-3rmp",
    ],
  },
];

/** next-auth 5 betas fixed the same advisory in 5.0.0-beta.30. */
const PRERELEASE_FLOORS: Record<string, string> = { "next-auth": "5.0.0-beta.30" };

function installedVersion(name: string): string {
  const file = path.join(process.cwd(), "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

type Parsed = { core: [number, number, number]; pre: (string | number)[] };

function parse(version: string): Parsed {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?/.exec(version);
  if (!match) throw new Error(`Not a semantic version: ${version}`);
  const pre = match[4] ? match[4].split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
  return { core: [Number(match[1]), Number(match[2]), Number(match[3])], pre };
}

/** Semantic version order: negative when a < b. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i] - y.core[i];
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length; // a release outranks its prereleases
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const [p, q] = [x.pre[i], y.pre[i]];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    if (typeof p === "number" && typeof q === "number") return p - q;
    if (typeof p === "number") return -1;
    if (typeof q === "number") return 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

function meetsFloor(name: string, installed: string, minimum: string): boolean {
  const prereleaseFloor = PRERELEASE_FLOORS[name];
  if (prereleaseFloor && parse(installed).pre.length && parse(installed).core[0] === parse(prereleaseFloor).core[0]) {
    return compareVersions(installed, prereleaseFloor) >= 0;
  }
  return compareVersions(installed, minimum) >= 0;
}

describe("the packages that face the network are past every published advisory", () => {
  test.each(FLOORS)("$name is installed at $minimum or later", ({ name, minimum }) => {
    const installed = installedVersion(name);
    expect(meetsFloor(name, installed, minimum), `${name} ${installed} is below ${minimum}: upgrade it (see docs/decisions/009-security-advisories.md)`).toBe(true);
  });

  test("every advisory held here is written down in the decision record", () => {
    const record = readFileSync(path.join(process.cwd(), "docs", "decisions", "009-security-advisories.md"), "utf8");
    for (const floor of FLOORS) {
      expect(record, `${floor.name} floor`).toContain(`\`${floor.name}\` ≥ ${floor.minimum}`);
      for (const advisory of floor.advisories) expect(record, advisory).toContain(advisory);
    }
  });

  test("versions compare as npm compares them", () => {
    expect(compareVersions("16.4.6", "16.3.3")).toBeGreaterThan(0);
    expect(compareVersions("16.2.10", "16.2.11")).toBeLessThan(0);
    expect(compareVersions("16.10.0", "16.9.9")).toBeGreaterThan(0);
    expect(compareVersions("19.2.3", "19.2.3")).toBe(0);
    expect(compareVersions("16.3.3-canary.1", "16.3.3")).toBeLessThan(0);
    expect(meetsFloor("next-auth", "5.0.0-beta.29", "4.24.12")).toBe(false);
    expect(meetsFloor("next-auth", "5.0.0-beta.30", "4.24.12")).toBe(true);
    expect(meetsFloor("next-auth", "4.24.11", "4.24.12")).toBe(false);
    expect(meetsFloor("next", "16.2.11", "16.3.3")).toBe(false);
  });
});
