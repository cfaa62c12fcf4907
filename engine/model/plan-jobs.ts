// Planning split into neighbourhood jobs: which neighbourhoods still need a plan, batches of them
// for other threads (a compact message each way: resolved works out, projects as work positions and
// a year back), and the steps' plans merged from those answers. Each neighbourhood is planned on its
// own works by the same planNeighbourhood as on one thread, and the merge is planBundled itself, so
// the plans, and everything computed from them, are the single-thread ones to the byte.
import type { BundleMode, Scenario, Settings } from '../scenario/schema';
import { makeContext, type ModelContext } from './context';
import { planBundled, planNeighbourhood, sameObjects, type OptimiserChoice, type Plan } from './plan';
import { compactProjects, expandProjects, neighbourhoodKey, type CompactProject, type PlanCache } from './plan-cache';
import type { ResolvedSteps } from './resolve';
import type { ResolvedWork } from './resolved-work';
import { bundleCounts, byNeighbourhood, checkBundles } from './units';
import { fromColumns, toColumns, type WorkColumns } from './work-columns';

const plannedSteps = ['bundled', 'differentiated', 'integrated'] as const;

export interface PlanJob {
  key: string;
  /** The first step that needs it (the bundled step's jobs can be awaited first). */
  step: (typeof plannedSteps)[number];
  neighbourhood: string;
  /** In id order. */
  works: ResolvedWork[];
  columns: WorkColumns;
}

export interface Planning {
  mode: BundleMode;
  choice: OptimiserChoice;
  /** Neighbourhoods to plan: keys not in the cache, each once. */
  jobs: PlanJob[];
  /** Per planned step's works array, each neighbourhood's key. */
  keys: Map<ResolvedWork[], Map<string, string>>;
}


/** The planning of a scenario's steps; throws the input errors of its bundles as planBundled does.
 *  `kept`: the cache outlives this computation, so its keys are fingerprints of what a plan depends
 *  on; a cache made for this computation alone is keyed by step and neighbourhood, which costs
 *  nothing to make. */
export function planningOf(ctx: ModelContext, resolved: ResolvedSteps, choice: OptimiserChoice, cache: PlanCache, kept = true): Planning {
  const mode = ctx.settings.bundleMode;
  const planning: Planning = { mode, choice, jobs: [], keys: new Map() };
  if (mode === 'none') return planning;
  const queued = new Set<string>();
  // The later steps share most neighbourhoods' works (the very objects) with the bundled step:
  // their key is then the bundled one, not built again.
  let first: Map<string, { ws: ResolvedWork[]; key: string }> | null = null;
  for (const [step, id] of plannedSteps.entries()) {
    const works = resolved[id];
    if (planning.keys.has(works)) continue;
    checkBundles(ctx, works);
    const counts = bundleCounts(works);
    const keys = new Map<string, string>();
    const mine = new Map<string, { ws: ResolvedWork[]; key: string }>();
    for (const [nbh, ws] of byNeighbourhood(works)) {
      const before = first?.get(nbh);
      if (before !== undefined && sameObjects(before.ws, ws)) {
        keys.set(nbh, before.key);
        continue;
      }
      const columns = toColumns(ws);
      const key = kept ? neighbourhoodKey(ctx, mode, choice, nbh, ws, columns, counts) : `${step}\n${nbh}`;
      keys.set(nbh, key);
      mine.set(nbh, { ws, key });
      if (!queued.has(key) && !cache.has(key)) {
        queued.add(key);
        planning.jobs.push({ key, step: id, neighbourhood: nbh, works: ws, columns });
      }
    }
    first ??= mine;
    planning.keys.set(works, keys);
  }
  return planning;
}

/** What a planning thread needs of the scenario besides the works: enough for makeContext. */
export interface PlanSeed {
  settings: Settings;
  parties: string[];
  neighbourhoods: { id: string; disruptionCostPerDay: number }[];
  bundles: { id: string; year: number }[];
}

export interface PlanRequest {
  seed: PlanSeed;
  mode: Exclude<BundleMode, 'none'>;
  choice: OptimiserChoice;
  jobs: { neighbourhood: string; works: WorkColumns }[];
}

/** The buffers of a request, to hand over instead of copying. */
export function requestBuffers(req: PlanRequest): ArrayBuffer[] {
  return req.jobs.flatMap((j) => [j.works.numbers.buffer, j.works.refs.buffer]).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** Per job of the request, in its order: the projects. */
export type PlanReply = CompactProject[][];

export function seedOf(ctx: ModelContext): PlanSeed {
  return {
    settings: ctx.settings,
    parties: ctx.parties,
    neighbourhoods: [...ctx.disruptionPerDay].map(([id, disruptionCostPerDay]) => ({ id, disruptionCostPerDay })),
    bundles: [...ctx.bundleYear].map(([id, year]) => ({ id, year })),
  };
}

/** A job's expected planning time, for balancing: the heuristic grows faster than its works. */
const weight = (j: PlanJob): number => j.works.length ** 1.5;

/** The jobs in about `count` batches of similar weight (heaviest first, each to the lightest
 *  batch), as requests; `batches[i]` holds the jobs of `requests[i]`. */
export function planRequests(ctx: ModelContext, planning: Planning, count: number): { requests: PlanRequest[]; batches: PlanJob[][] } {
  const mode = planning.mode;
  if (mode === 'none' || planning.jobs.length === 0) return { requests: [], batches: [] };
  const n = Math.max(1, Math.min(count, planning.jobs.length));
  const batches: PlanJob[][] = Array.from({ length: n }, () => []);
  const load = new Array<number>(n).fill(0);
  const order = planning.jobs.map((j, i) => ({ j, i, w: weight(j) })).sort((a, b) => b.w - a.w || a.i - b.i);
  for (const { j, w } of order) {
    let k = 0;
    for (let b = 1; b < n; b++) if ((load[b] as number) < (load[k] as number)) k = b;
    batches[k]!.push(j);
    load[k] = (load[k] as number) + w;
  }
  const seed = seedOf(ctx);
  const requests = batches.map((b) => ({ seed, mode, choice: planning.choice, jobs: b.map((j) => ({ neighbourhood: j.neighbourhood, works: j.columns })) }));
  return { requests, batches };
}

/** What a planning thread does with a request. */
export function answerPlanRequest(req: PlanRequest): PlanReply {
  const s = req.seed;
  // Planning reads only these parts of a scenario (the bundle checks ran where the jobs were made).
  const ctx = makeContext({
    settings: s.settings,
    parties: s.parties.map((id) => ({ id })),
    neighbourhoods: s.neighbourhoods,
    bundles: s.bundles,
    works: [],
  } as unknown as Scenario);
  return req.jobs.map((j) => planJob(ctx, req.mode, req.choice, { neighbourhood: j.neighbourhood, works: fromColumns(j.works) }));
}

function planJob(ctx: ModelContext, mode: Exclude<BundleMode, 'none'>, choice: OptimiserChoice, j: { neighbourhood: string; works: ResolvedWork[] }): CompactProject[] {
  // bundleCounts of the neighbourhood's works equal the step's: a bundle lies in one neighbourhood.
  return compactProjects(j.works, planNeighbourhood(ctx, j.neighbourhood, j.works, bundleCounts(j.works), mode, choice));
}

export function storeReplies(cache: PlanCache, batches: readonly PlanJob[][], replies: readonly PlanReply[]): void {
  batches.forEach((b, i) => {
    const r = replies[i];
    if (r === undefined || r.length !== b.length) throw new Error('a planning thread answered the wrong number of neighbourhoods');
    b.forEach((j, k) => cache.set(j.key, r[k]!));
  });
}

/** Plans the jobs on this thread. */
export function planHere(ctx: ModelContext, planning: Planning, cache: PlanCache): void {
  const mode = planning.mode;
  if (mode === 'none') return;
  for (const j of planning.jobs) cache.set(j.key, planJob(ctx, mode, planning.choice, j));
}

/** The steps' plans from the cache, merged by planBundled in the single-thread order; the later
 *  steps take over the bundled plan's neighbourhoods as compute() does. Steps already in `plans`
 *  stay; `only`: just that step's works. */
export function plansOf(ctx: ModelContext, resolved: ResolvedSteps, planning: Planning, cache: PlanCache,
  plans = new Map<ResolvedWork[], Plan>(), only?: ResolvedWork[]): Map<ResolvedWork[], Plan> {
  for (const [works, keys] of planning.keys) {
    if (plans.has(works) || (only !== undefined && works !== only)) continue;
    const known = (nbh: string, ws: ResolvedWork[]) => {
      const c = cache.get(keys.get(nbh)!);
      if (c === undefined) throw new Error(`no plan for neighbourhood ${nbh}`);
      return expandProjects(nbh, ws, c);
    };
    plans.set(works, planBundled(ctx, works, planning.mode, planning.choice, plans.get(resolved.bundled), known));
  }
  return plans;
}
