// Types of hashed-policy.mjs (plain JavaScript: serve.mjs runs without a loader).
import type { IncomingMessage, ServerResponse } from "node:http";
export declare const remembered: Map<string, string>;
export declare function withHashedPolicy(request: IncomingMessage, response: ServerResponse): void;
