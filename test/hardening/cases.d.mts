// Types of cases.mjs for the TypeScript suites.
/** Hostile strings (test/e2e/payloads.mjs); each sets window.__pwned if it ever runs as code. */
export declare const PAYLOADS: readonly string[];
/** [name, config text, a path (or message) the console must name] */
export declare const BROKEN: readonly (readonly [name: string, config: string, path: string])[];
