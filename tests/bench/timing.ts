// Timing helpers for the benchmarks. Wall-clock time is what the goals are about; CPU time (this
// process, user + system) is printed next to it because the machine is shared: when other jobs
// load the cores, wall time grows while CPU time stays close to what an idle machine would show.
export interface Timed<T> {
  value: T;
  ms: number;
  cpuMs: number;
}

export function time<T>(f: () => T): Timed<T> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

/** Median of the samples (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
