/** Types of scripts/freshness.mjs (plain JavaScript, so `npm start` runs it without a build). */
export declare const STAMP: string;
export declare function newestInput(root: string): number;
export declare function needsBuild(root: string): boolean;
