// Types of public-content-generation.mjs (plain JavaScript so that scripts/lib/serve.mjs can import it).
export declare function publicContentGeneration(): number;
export declare function nextPublicContentGeneration(): void;
export declare function coveredPublicContentCount(): number | undefined;
export declare function coverPublicContentCount(count: number): void;
export declare const INTERNAL_SECRET_HEADER: string;
export declare const INTERNAL_SECRET_VARIABLE: string;
