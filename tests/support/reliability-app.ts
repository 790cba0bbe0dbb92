// The built app as an operator runs it (`npm start`, i.e. scripts/start.ts), on a port of the
// test's choosing, for the reliability stories: outages, shutdown, several instances.
import { spawn, type ChildProcess } from "node:child_process";
import { buildIfStale } from "@/scripts/lib/build";

/** Builds the app once if its sources changed (the first story of a run pays for it). */
export async function ensureBuilt(): Promise<void> {
  await buildIfStale({ ...process.env, NODE_ENV: "production" });
}

export type RunningApp = {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export async function startApp(options: { port: number; env: Record<string, string | undefined>; readyTimeoutMs?: number }): Promise<RunningApp> {
  const url = `http://127.0.0.1:${options.port}`;
  const { DATABASE_URL: _url, NODE_ENV: _mode, ...rest } = process.env;
  const env = { ...rest, PORT: String(options.port), APP_URL: url, NEXT_TELEMETRY_DISABLED: "1", ...options.env } as unknown as NodeJS.ProcessEnv;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const app: RunningApp = {
    url,
    child,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited before it was ready:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return app;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await app.stop("SIGKILL");
  throw new Error(`The app did not answer /api/health in time:\n${output}`);
}

/** A cookie jar just big enough for next-auth's CSRF dance. */
export class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  has(name: string) {
    return this.cookies.has(name);
  }
}

/** Signs in through next-auth's credentials endpoint as a browser would; returns where it lands. */
export async function signIn(baseUrl: string, jar: CookieJar, email: string, password: string): Promise<{ ok: boolean; location: string }> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  jar.take(response);
  const location = response.headers.get("location") ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? "";
  return { ok: !/[?&]error=/.test(location) && jar.has("plaidoyer.session"), location };
}
