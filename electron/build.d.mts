// Types for build.mjs (plain JavaScript so `node electron/build.mjs` runs without a loader).
export function buildShell(options?: { minify?: boolean }): Promise<void>;
