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

/** Whether a scenario is computed by computeScenarioPooled rather than on one thread. */
export const wantsPool = (scenario: Scenario): boolean => scenario.works.length >= poolMinWorks && typeof Worker !== 'undefined';

/** Starts the pool before a workbook of `bytes` bytes is read, when it may hold a scenario the pool
 *  plans, and settles once its workers have loaded their code (at most `wait` ms): they then warm up
 *  alongside the read and are ready when the compute starts. A worker started by this engine worker
 *  loads only while this one is not busy, so the read waits for that: begun at once, it held the
 *  loading up until the compute's first pause, half a second on a city. */
export function warmPoolFor(bytes: number, wait = 1000): Promise<void> {
  if (bytes < poolMinBytes || typeof Worker === 'undefined') return Promise.resolve();
  pool ??= browserPlanPool(undefined, true);
  return Promise.race([pool.ready, new Promise<void>((r) => setTimeout(r, wait))]);
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
