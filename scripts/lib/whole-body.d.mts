import type { IncomingMessage, ServerResponse } from "node:http";

export function prepareWholeBody(body: string): { etag: string; gzip: Buffer; brotli: Buffer; policy: string };
export function withWholeBodies(request: IncomingMessage, response: ServerResponse, handle: () => void): void;
