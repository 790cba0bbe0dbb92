// A PostgreSQL server of the test's own (initdb into a temporary folder, on a port of its choosing),
// that the test may stop and start again to play "the database goes away" without touching the
// machine's shared server. As root, the server runs as the `postgres` user, as Debian's does.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const version = readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/initdb`)).sort((a, b) => Number(b) - Number(a))[0];
  if (!version) throw new Error("initdb not found: apt-get install -y postgresql");
  return `${root}/${version}/bin`;
}

export type OwnPostgres = { url: string; port: number; start: () => void; stop: () => void; destroy: () => void };

export function createOwnPostgres(port: number): OwnPostgres {
  const bin = binDir();
  const folder = mkdtempSync(path.join(tmpdir(), "plaidoyer-pg-"));
  const dataDir = path.join(folder, "data");
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
    chownSync(folder, id("-u"), id("-g"));
    chmodSync(folder, 0o700);
  }
  const run = (program: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", `${bin}/${program}`, ...args], { stdio: "pipe", timeout: 60_000 })
      : execFileSync(`${bin}/${program}`, args, { stdio: "pipe", timeout: 60_000 });
  run("initdb", ["-D", dataDir, "-U", "plaidoyer", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const server: OwnPostgres = {
    url: `postgresql://plaidoyer@127.0.0.1:${port}/postgres`,
    port,
    start: () => void run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(folder, "log"), "-w", "start"]),
    // "fast": every connection is ended at once, as when the server is stopped for maintenance.
    stop: () => void run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]),
    destroy: () => {
      try {
        server.stop();
      } catch {}
      rmSync(folder, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}
