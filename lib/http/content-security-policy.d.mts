// Types of content-security-policy.mjs (plain JavaScript so that scripts/lib/serve.mjs can import it).
export declare function servedOverHttps(appUrl?: string): boolean;
export declare const STRICT_TRANSPORT_SECURITY: string;
export declare function createNonce(): string;
export declare function noncePolicy(nonce: string, options?: { https?: boolean; dev?: boolean }): string;
export declare function sha256Source(text: string): string;
export declare function inlineHashes(html: string): { scripts: string[]; styles: string[] };
export declare function hashPolicy(html: string, options?: { https?: boolean }): string;
