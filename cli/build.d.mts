export const outdir: string;
export function buildCli(options?: { minify?: boolean }): Promise<void>;
