/** Types of scripts/source-hash.mjs for the TypeScript that imports it (src/cli/ask-snapshot.ts). */
export declare const DIST: string;
export declare function hashSources(): string;
export declare const BUNDLED_PACKAGES: string[];
