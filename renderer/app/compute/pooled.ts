// The engine worker's compute of a large scenario: planning on a pool of Web Workers, and the
// neighbourhood plans kept between computations, so an edit to one work re-plans only its
// neighbourhood. Same outcome as computeScenario (./engine), to the byte; its problems and
// failures are worded there (a failure is computed again on one thread, which words it).
import { computeOnPool, PlanCache, poolMinBytes, poolMinWorks } from '../../../engine/compute-pool';
import { hasErrors, type Problem } from '../../../engine/problems';
import type { Scenario } from '../../../engine/scenario/schema';
import { validateScenario } from '../../../engine/scenario/validate';
import { computeScenario, type ComputeOutcome } from './engine';
import { browserPlanPool, type BrowserPlanPool } from './plan-pool';

let pool: BrowserPlanPool | null = null;
const cache = new PlanCache();
/** While a pool started by preparePool waits for its read: the timer that drops it. */
let prepared: ReturnType<typeof setTimeout> | undefined;

/** Whether a scenario is computed by computeScenarioPooled rather than on one thread. */
export const wantsPool = (scenario: Scenario): boolean => scenario.works.length >= poolMinWorks && typeof Worker !== 'undefined';

/** Starts the pool before a workbook of `bytes` bytes is read, when it may hold a scenario the pool
 *  plans, and settles once its workers have loaded their code (at most `wait` ms): they then warm up
 *  alongside the read and are ready when the compute starts. A worker started by this engine worker
 *  loads only while this one is not busy, so the read waits for that: begun at once, it held the
 *  loading up until the compute's first pause, half a second on a city. A pool started for the
 *  read beforehand (preparePool) is taken, or dropped when the workbook is small. */
export function warmPoolFor(bytes: number, wait = 1000): Promise<void> {
  const waited = prepared !== undefined;
  clearTimeout(prepared);
  prepared = undefined;
  if (bytes < poolMinBytes || typeof Worker === 'undefined') {
    if (waited) dropPool();
    return Promise.resolve();
  }
  pool ??= browserPlanPool(undefined, true);
  return Promise.race([pool.ready, new Promise<void>((r) => setTimeout(r, wait))]);
}

/** Starts the pool while the file to read is still being chosen (its size unknown), so that its
 *  workers have loaded and warmed up by the time a large one comes. Dropped when the read turns out
 *  small, or when none comes within `idleMs`. */
export function preparePool(idleMs = 30_000): void {
  if (pool || typeof Worker === 'undefined') return;
  pool = browserPlanPool(undefined, true);
  prepared = setTimeout(() => {
    prepared = undefined;
    dropPool();
  }, idleMs);
}

function dropPool(): void {
  pool?.close();
  pool = null;
}

/** `checked`: the scenario's validation, when it was done already (takeReadCheck). */
export async function computeScenarioPooled(scenario: Scenario, checked?: Problem[]): Promise<ComputeOutcome> {
  const t0 = performance.now();
  const problems = checked ?? validateScenario(scenario);
  if (hasErrors(problems)) return computeScenario(scenario, problems);
  try {
    pool ??= browserPlanPool();
    const result = await computeOnPool(scenario, pool, {}, { cache });
    return { ok: true, result, warnings: [...problems, ...result.warnings], ms: performance.now() - t0 };
  } catch {
    return computeScenario(scenario);
  }
}
