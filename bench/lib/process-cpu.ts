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

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined; // the process ended while we looked
  }
}

/**
 * The web server (scripts/lib/serve.mjs) among the descendants of `ancestor`: scripts/start.ts
 * runs it as a child, and start.ts itself may run under tsx's own launcher.
 */
export function serverPid(ancestor: number | undefined): number | undefined {
  if (!ancestor || !existsSync("/proc")) return undefined;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    let command = "";
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (!command.includes("serve.mjs")) continue;
    for (let up = parentOf(pid), hops = 0; up && up > 1 && hops < 5; up = parentOf(up), hops++) {
      if (up === ancestor) return pid;
    }
  }
  return undefined;
}
