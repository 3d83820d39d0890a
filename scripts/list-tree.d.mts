/** Types of scripts/list-tree.mjs for the TypeScript that imports it (src/knowledge/input-key.ts). */
export declare function listTree(dir: string): string[];
