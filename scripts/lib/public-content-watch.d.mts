// Types of public-content-watch.mjs (plain JavaScript: scripts/lib/serve.mjs runs without a loader).
export declare function publicContentReading(io: { readCount: () => Promise<number | undefined>; expire: () => Promise<boolean> }): () => Promise<void>;
export declare function watchPublicContent(options: { databaseUrl: string; port: number }): { stop: () => Promise<void> };
