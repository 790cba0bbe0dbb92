// Types of conditional-request.mjs (plain JavaScript: `fresh` has no types of its own).
export declare function holdsCurrentCopy(request: Headers, etag: string): boolean;
