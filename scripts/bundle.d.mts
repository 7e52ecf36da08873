/** Types of scripts/bundle.mjs (plain JavaScript, run by the build without a build). */
/** Packages loaded from node_modules rather than bundled. */
export declare const EXTERNAL: string[];
/** Bundles `dist/src/boot.js` under `root` into `dist/bundle/`. */
export declare function bundle(root: string): Promise<void>;
/** esbuild's module wrappers written as parenthesised functions (compiled with the file, kept in the compile cache). */
export declare function eagerModules(text: string): string;
