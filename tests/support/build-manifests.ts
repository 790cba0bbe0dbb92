// What the build says it holds, for tests that call the built app the way a browser would: its
// pages and route handlers (app-path-routes-manifest), its server actions (server-reference-
// manifest) and React's encoder for a server action's arguments. Read on call: a test reads them
// once the app is built.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** React's client encoding of a server action's arguments, as the browser sends them. */
export const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

/** The build's pages and route handlers: from their file ("/…/page") to their route ("/…/[id]"). */
export function builtRoutes(): Record<string, string> {
  return JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>;
}

/** A server action of the build: its id, its key in lib/authz.ts's ACTION_ACCESS, and a page that hosts it. */
export type BuiltAction = { id: string; key: string; page: string };

export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")).node as Record<
    string,
    { filename: string; exportedName: string; workers: Record<string, unknown> }
  >;
  return Object.entries(manifest).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    // A page that hosts the action; one without dynamic segments when there is one.
    page: Object.keys(entry.workers)
      .sort((a, b) => Number(a.includes("[")) - Number(b.includes("[")) || a.localeCompare(b))[0]
      .replace(/^app/, ""),
  }));
}
