// compute() with its planning spread over threads and kept between computations. Neighbourhoods are
// planned independently, so the ones not planned before (model/plan-cache) go to a pool of planning
// threads (the command line's worker_threads, the browser's Web Workers: the pool itself lives
// there, engine/ only says what to plan) and the answers are merged in the single-thread order.
// The result equals compute()'s to the byte, apart from meta.computedAt.
import { computePrepared, costStep, prepareCompute, separateStep, type EarlySteps, type Prepared } from './compute';
import type { Plan } from './model/plan';
import type { ResolvedWork } from './model/resolved-work';
import { scenarioHashAsync, scenarioHashKept, SheetBytes } from './model/canonical';
import { PlanCache } from './model/plan-cache';
import { planHere, planningOf, planRequests, plansOf, storeReplies, type PlanReply, type PlanRequest, type Planning } from './model/plan-jobs';
import type { ComputeOptions, ComputeResult } from './model/result';
import type { Scenario } from './scenario/schema';

export { PlanCache } from './model/plan-cache';
export type { PlanReply, PlanRequest } from './model/plan-jobs';

/** Planning threads. `run` hands every request to a thread at once (so they plan while the caller
 *  goes on) and answers them in their order. */
export interface PlanPool {
  readonly size: number;
  run(requests: PlanRequest[]): Promise<PlanReply[]>;
}

/** A pool without threads: computeOnPool then plans on the calling thread, and still has the
 *  scenario hashed by WebCrypto (off the calling thread) rather than by compute()'s JavaScript. */
export const noPool: PlanPool = {
  size: 0,
  run: () => Promise.reject(new Error('no planning threads')),
};

/** Below this many works a scenario is planned on the calling thread: a message round trip and
 *  the copying of works would cost more than the planning itself. */
export const poolMinWorks = 5000;

/** Fewest bytes per work of a workbook (a generated city's take ~230). */
const minBytesPerWork = 200;
/** A workbook file this large may hold enough works for the pool (poolMinWorks), so a caller
 *  can start the pool's threads before reading it. */
export const poolMinBytes = poolMinWorks * minBytesPerWork;

/** compute() re-planning only the neighbourhoods whose plan is not in `cache` (on this thread).
 *  With the plans the canonical text of the scenario's sheets is kept, as for computeOnPool's
 *  cache: a caller replaces the arrays and rows it changes, never changes them in place. */
export function computeIncremental(scenario: Scenario, cache: PlanCache, options: ComputeOptions = {}): ComputeResult {
  if (options.plan) return computePrepared(prepareCompute(scenario), options);
  const prepared = prepareCompute(scenario);
  const planning = planningOf(prepared.ctx, prepared.resolved, options.optimiser ?? 'auto', cache);
  planHere(prepared.ctx, planning, cache);
  return finish(prepared, planning, cache, options, undefined, undefined, scenarioHashKept(scenario, sheetBytesOf(cache)));
}

export interface Pooling {
  /** Plans kept from earlier computations (and this one's, for the next). With it the canonical
   *  text of the scenario's sheets is kept too, by rows array and by chunk of rows
   *  (model/canonical SheetBytes): a caller giving a cache replaces the arrays and rows it
   *  changes, never changes them in place. */
  cache?: PlanCache;
  /** Fewer works to plan than this: plan them on this thread (default poolMinWorks). */
  minWorks?: number;
}

/** compute() with the neighbourhoods to plan spread over `pool` (small scenarios: this thread). */
export async function computeOnPool(scenario: Scenario, pool: PlanPool, options: ComputeOptions = {}, pooling: Pooling = {}): Promise<ComputeResult> {
  if (options.plan) return computePrepared(prepareCompute(scenario), options);
  const cache = pooling.cache ?? new PlanCache();
  const sheets = pooling.cache ? sheetBytesOf(pooling.cache) : undefined;
  const prepared = prepareCompute(scenario);
  const planning = planningOf(prepared.ctx, prepared.resolved, options.optimiser ?? 'auto', cache, pooling.cache !== undefined);
  const works = planning.jobs.reduce((n, j) => n + j.works.length, 0);
  if (works < (pooling.minWorks ?? poolMinWorks) || pool.size < 1) {
    const input = scenarioHashAsync(scenario, sheets);
    input.catch(() => undefined);
    planHere(prepared.ctx, planning, cache);
    return finish(prepared, planning, cache, options, undefined, undefined, await input);
  }
  // Every request is with its thread now, the bundled step's first: while the threads plan, this
  // thread costs the separate step, then the bundled one as soon as its plans are in.
  const { ctx, resolved } = prepared;
  const first = planRequests(ctx, { ...planning, jobs: planning.jobs.filter((j) => j.step === 'bundled') }, pool.size);
  const later = planRequests(ctx, { ...planning, jobs: planning.jobs.filter((j) => j.step !== 'bundled') }, pool.size);
  const answers = [pool.run(first.requests), pool.run(later.requests)];
  for (const a of answers) a.catch(() => undefined);
  const early = separateStep(prepared);
  // meta.input: the canonical text is written while the threads plan, and hashed off this thread.
  const input = scenarioHashAsync(scenario, sheets);
  input.catch(() => undefined);
  storeReplies(cache, first.batches, await answers[0]!);
  const plans = plansOf(ctx, resolved, planning, cache, new Map(), resolved.bundled);
  const bundled = plans.get(resolved.bundled);
  if (bundled) costStep(prepared, early, bundled, resolved.bundled);
  storeReplies(cache, later.batches, await answers[1]!);
  return finish(prepared, planning, cache, options, early, plans, await input);
}

const sheetBytes = new WeakMap<PlanCache, SheetBytes>();

function sheetBytesOf(cache: PlanCache): SheetBytes {
  let kept = sheetBytes.get(cache);
  if (!kept) sheetBytes.set(cache, (kept = new SheetBytes()));
  return kept;
}

function finish(prepared: Prepared, planning: Planning, cache: PlanCache, options: ComputeOptions, early?: EarlySteps,
  given?: Map<ResolvedWork[], Plan>, input?: string): ComputeResult {
  const plans = plansOf(prepared.ctx, prepared.resolved, planning, cache, given);
  cache.sweep();
  return computePrepared(prepared, options, plans, early, input);
}
