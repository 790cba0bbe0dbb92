import { timingSafeEqual } from "node:crypto";
import { INTERNAL_SECRET_HEADER, INTERNAL_SECRET_VARIABLE } from "@/lib/http/public-content-generation.mjs";
import { expirePublicContentHere } from "@/lib/public/revalidate";

// Called by this instance's own web server (scripts/lib/public-content-watch.mjs) when another
// instance changed the public content: expires this instance's cached public pages. The secret is
// made by the web server at start and never leaves the process; anyone else gets a bare 404, as for
// any address that does not exist.
function fromThisServer(request: Request): boolean {
  const expected = process.env[INTERNAL_SECRET_VARIABLE];
  const given = request.headers.get(INTERNAL_SECRET_HEADER);
  if (!expected || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const notFound = () => new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  if (!fromThisServer(request)) return notFound();
  expirePublicContentHere();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}

export async function GET() {
  return notFound();
}
