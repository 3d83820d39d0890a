/** Types of scripts/source-hash.mjs for the TypeScript that imports it (src/cli/ask-snapshot.ts). */
export declare const ROOT: string;
export declare const DIST: string;
export declare function hashSources(): string;
export declare function isBuildFresh(sourceHash: string): boolean;
export declare const SNAPSHOT_ENTRY: string;
