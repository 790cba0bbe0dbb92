// The PostgreSQL client programs (pg_dump, pg_restore) and how to hand them a connection without
// putting the password on the command line, where `ps` would show it.
import { existsSync, readdirSync } from "node:fs";
import { spawn } from "node:child_process";
import { BackupError } from "./errors";

/** The newest installed version of a client program: pg_dump must be at least the server's version. */
export function pgProgram(name: "pg_dump" | "pg_restore"): string {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((version) => existsSync(`${root}/${version}/bin/${name}`))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return `${root}/${versions[0]}/bin/${name}`;
  }
  return name; // from PATH
}

// Parameters that Prisma or node-postgres understand but libpq refuses.
const NOT_FOR_LIBPQ = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "connect_timeout"];

/** A libpq connection string without its password, and the environment that carries the password. */
export function libpqConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  for (const parameter of NOT_FOR_LIBPQ) url.searchParams.delete(parameter);
  return { dbname: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a client program; throws a BackupError with its last error line when it fails. */
export function runPgProgram(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) =>
      reject(new BackupError(`${program} could not be run (${error.message}): install the PostgreSQL client programs (apt-get install postgresql-client).`)),
    );
    child.on("exit", (code) => {
      if (code === 0) return resolve();
      const lines = stderr.trim().split("\n").filter(Boolean);
      reject(new BackupError(`${program.split("/").pop()} failed: ${lines.slice(-3).join(" ") || `exit code ${code}`}`));
    });
  });
}
