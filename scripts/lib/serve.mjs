// The production web server: Next's request handler on a Node HTTP server whose shutdown we own.
// `next start` also closes its server on SIGTERM, but Node's `server.close()` drops at once every
// connection that has no request parsed yet — including requests already sent and waiting in the
// socket while the event loop renders others (measured: 19 of 40 reset). Here a SIGTERM takes in
// the connections already made, stops accepting, lets every request finish, then closes idle
// connections and exits 0. scripts/start.ts runs this file (plain JavaScript: no loader in the server).
// It also compresses and tags responses, once per body for the cached pages (./whole-body.mjs), and
// completes the security headers of next.config.ts that depend on how the app is served: the
// Content-Security-Policy of the pages the proxy does not reach (hashes of their inline scripts,
// ./whole-body.mjs and ./hashed-policy.mjs) and, when APP_URL is https, Strict-Transport-Security.
// The public pages Next has cached are answered again for a few seconds without Next
// (./public-page-cache.mjs), and dropped when another instance changes the public content
// (./public-content-watch.mjs): docs/decisions/017.
import http from "node:http";
import { servedOverHttps, STRICT_TRANSPORT_SECURITY } from "../../lib/http/content-security-policy.mjs";
import { watchPublicContent } from "./public-content-watch.mjs";
import { withWholeBodies } from "./whole-body.mjs";

process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT || 3000);
// The last connection and request must be this old before idle connections are closed.
const QUIET_MS = 500;
const DRAIN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS || 25_000);

// Other instances' changes to the public content expire this one's public pages (docs/decisions/017).
const watcher = process.env.DATABASE_URL ? watchPublicContent({ databaseUrl: process.env.DATABASE_URL, port }) : undefined;
const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
// Never on http://localhost: a browser would then refuse plain HTTP for that host for two years.
const https = servedOverHttps(process.env.APP_URL);

let closing = false;
let inFlight = 0;
let lastRequestAt = 0;
const server = http.createServer((request, response) => {
  inFlight++;
  lastRequestAt = Date.now();
  response.on("close", () => inFlight--);
  // A connection that carried a request during shutdown is not kept alive for another.
  if (closing) response.setHeader("Connection", "close");
  if (https) response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  withWholeBodies(request, response, () =>
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
    }),
  );
});
// Node calls this from close(); during a shutdown we call the real one ourselves, once quiet.
const closeIdleConnections = server.closeIdleConnections.bind(server);
server.closeIdleConnections = () => {};

// Connections the kernel has completed but Node has not accepted yet are reset when the listening
// socket closes (measured under load: 29 of 40). So the socket closes only after 250 ms in which
// nothing was accepted (50 ms left 8 of 40 reset on a loaded machine), at most 2 s after the signal:
// what clients had already sent is taken in first.
let lastConnectionAt = 0;
server.on("connection", () => (lastConnectionAt = Date.now()));
const QUIET_ACCEPT_MS = 250;
const MAX_ACCEPT_WAIT_MS = 2_000;

function shutdown(signal) {
  if (closing) return;
  closing = true;
  const started = Date.now();
  const stopListening = () => {
    if (Date.now() - lastConnectionAt < QUIET_ACCEPT_MS && Date.now() - started < MAX_ACCEPT_WAIT_MS) {
      setTimeout(stopListening, QUIET_ACCEPT_MS);
      return;
    }
    server.close(async () => {
      await watcher?.stop();
      await app.close?.().catch(() => {});
      process.exit(0);
    });
    // Said once the listening socket is closed: from now on a new connection is refused.
    console.log(`${signal}: no new connections; finishing the requests in flight.`);
  };
  setTimeout(stopListening, QUIET_ACCEPT_MS);
  const timer = setInterval(() => {
    const quiet = Date.now() - Math.max(lastRequestAt, lastConnectionAt) >= QUIET_MS;
    if (inFlight === 0 && quiet) closeIdleConnections();
    if (Date.now() - started > DRAIN_TIMEOUT_MS) {
      console.error(`Requests still running after ${DRAIN_TIMEOUT_MS / 1000} s: closing them.`);
      server.closeAllConnections();
      process.exit(1);
    }
  }, 100);
  timer.unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

server.listen(port, () => console.log(`✓ Ready on port ${port}`));
