// Types of public-content-generation.mjs (plain JavaScript so that scripts/lib/serve.mjs can import it).
export declare function publicContentGeneration(): number;
export declare function nextPublicContentGeneration(): void;
