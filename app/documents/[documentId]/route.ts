// Every download is authorised on the request: the reader must see the document and the record
// it is attached to (checked in the query). Anything else, including "exists but not yours", is a
// plain 404. The file is always sent as an attachment, with the type read from its content.
import { getActor } from "@/lib/auth";
import { contentDisposition } from "@/lib/documents/download";
import { findDownloadableDocument } from "@/lib/documents/queries";
import { documentStorage } from "@/lib/documents/storage";
import { holdsCurrentCopy } from "@/lib/http/conditional-request.mjs";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const [actor, { documentId }] = await Promise.all([getActor(), params]);
  if (documentId.length > 64) return notFound();
  const document = await findDownloadableDocument(actor, documentId);
  if (!document) return notFound();
  // Only what anyone may read may be kept by a browser or a shared cache, and only on condition of
  // asking again each time (no-cache): a withdrawn file is a 404 at once, not five minutes later,
  // and an unchanged one costs a 304, without reading the file. The rest stays in no cache at all.
  const publicFile = document.visibility === "PUBLIC" && !actor;
  const etag = `"${document.sha256}"`;
  const cacheControl = publicFile ? "public, no-cache" : "private, no-store";
  if (publicFile && holdsCurrentCopy(request.headers, etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
  }
  const body = await documentStorage().get(document.storageKey);
  if (!body) {
    console.error(`Document ${document.id} has no stored file (key ${document.storageKey})`);
    return notFound();
  }
  return new Response(body, {
    headers: {
      "Content-Type": document.mimeType,
      "Content-Length": String(document.sizeBytes),
      "Content-Disposition": contentDisposition(document.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": cacheControl,
      ETag: etag,
    },
  });
}
