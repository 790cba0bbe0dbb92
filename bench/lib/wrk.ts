// The benchmarks' load generator: wrk, Debian's HTTP benchmarking tool (written in C), run with one
// thread. autocannon, used before, decodes every response body into a JavaScript string: on the
// public pages it spent more processor per request than our server did and limited the req/s it
// reported (docs/decisions/018-wrk-as-the-load-generator.md).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type LoadResult = {
  rps: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers with a status of 400 or more (wrk's "status" errors). */
  httpErrors: number;
  /** Processor milliseconds wrk spent per request. */
  generatorMs: number;
};

// wrk calls done() once at the end; it prints one line of JSON that run() reads.
const REPORT = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%d,"durationUs":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50Us":%d,"p99Us":%d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, latency:percentile(50), latency:percentile(99)))
end
`;

let reportScript: string | undefined;

/** Stops the benchmark with one sentence when wrk is not installed. */
export function requireWrk(): void {
  if (spawnSync("wrk", ["--version"]).error) {
    throw new Error("The benchmarks load the app with wrk, Debian's HTTP load generator: install it with `apt-get install -y wrk`.");
  }
}

/** `connections` connections on one thread for `seconds`, each sending `headers` with every request. */
export async function wrk(options: { url: string; connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  if (!reportScript) {
    reportScript = path.join(mkdtempSync(path.join(tmpdir(), "plaidoyer-wrk-")), "report.lua");
    writeFileSync(reportScript, REPORT);
  }
  const args = ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--timeout", "10s", "-s", reportScript];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push("-H", `${name}: ${value}`);
  args.push(options.url);
  // bash's `times` prints, on its second line, the processor time of the shell's children: wrk's.
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("bash", ["-c", 'wrk "$@"; status=$?; times; exit $status', "wrk", ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with code ${code}:\n${text}`))));
  });
  const line = output.split("\n").find((l) => l.startsWith("WRK_RESULT "));
  if (!line) throw new Error(`wrk printed no result:\n${output}`);
  const r = JSON.parse(line.slice("WRK_RESULT ".length));
  const children = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(output.trim().split("\n").at(-1) ?? "");
  const generatorSeconds = children ? Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4]) : NaN;
  const requests = Math.max(1, r.requests);
  return {
    rps: r.requests / (r.durationUs / 1e6),
    p50: r.p50Us / 1000,
    p99: r.p99Us / 1000,
    requests: r.requests,
    errors: r.connect + r.read + r.write + r.timeout,
    httpErrors: r.status,
    generatorMs: (generatorSeconds * 1000) / requests,
  };
}
