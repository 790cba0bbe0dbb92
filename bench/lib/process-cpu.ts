// Processor time of processes, read from /proc (Linux): what a request costs the web server, and
// what it costs the load generator beside it on the same cores. Unlike req/s, these figures do not
// move with the load of other processes on the machine.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

/** utime + stime of a process, in milliseconds, or null when it cannot be read. */
export function cpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** The web server: the child of scripts/start.ts (process `parent`) that runs scripts/lib/serve.mjs. */
export function serverPid(parent: number | undefined): number | undefined {
  if (!parent || !existsSync("/proc")) return undefined;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent && readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("serve.mjs")) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}
