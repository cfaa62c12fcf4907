export const bundleEntry: URL;
export function bundleState(): 'current' | 'missing' | 'stale';
