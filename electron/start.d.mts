// Types for start.mjs.
export function findElectron(env?: Record<string, string | undefined>): string | null;
export function main(): Promise<number>;
