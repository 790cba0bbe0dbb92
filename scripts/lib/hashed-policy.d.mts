// Types of hashed-policy.mjs (plain JavaScript: serve.mjs runs without a loader).
import type { IncomingMessage, ServerResponse } from "node:http";
export declare function withHashedPolicy(request: IncomingMessage, response: ServerResponse): void;
