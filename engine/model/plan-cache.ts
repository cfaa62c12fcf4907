// Plans of single neighbourhoods kept between computations, so an edit re-plans only what it
// touches. A neighbourhood is planned on its own works and the scenario's settings only
// (planNeighbourhood), so its plan is a function of exactly that, and the key covers the whole of
// it: every field of every resolved work except its row index (which only locates error messages),
// the settings and party order (as text), the neighbourhood's disruption cost, its bundles' sheet
// years and member counts, the bundle mode and the optimiser choice (as a fingerprint).
import type { BundleMode } from '../scenario/schema';
import { canonicalJson } from './canonical';
import { Fingerprint } from './fingerprint';
import type { ModelContext } from './context';
import type { OptimiserChoice, PlannedProject } from './plan';
import type { ResolvedWork } from './resolved-work';
import { addColumns, type WorkColumns } from './work-columns';

/** A project as positions in its neighbourhood's id-ordered works, and its year. */
export interface CompactProject {
  year: number;
  works: number[];
}

export function compactProjects(ws: readonly ResolvedWork[], projects: readonly PlannedProject[]): CompactProject[] {
  const pos = new Map(ws.map((w, i) => [w, i]));
  return projects.map((p) => ({ year: p.year, works: p.works.map((w) => pos.get(w)!) }));
}

export function expandProjects(nbh: string, ws: readonly ResolvedWork[], compact: readonly CompactProject[]): PlannedProject[] {
  return compact.map((p) => ({ neighbourhood: nbh, year: p.year, works: p.works.map((i) => ws[i]!) }));
}

const contextKeys = new WeakMap<ModelContext, string>();

/** What every neighbourhood's plan depends on besides its works. */
function contextKey(ctx: ModelContext): string {
  let k = contextKeys.get(ctx);
  if (k === undefined) {
    k = canonicalJson({ settings: ctx.settings, parties: ctx.parties });
    contextKeys.set(ctx, k);
  }
  return k;
}

export function neighbourhoodKey(ctx: ModelContext, mode: BundleMode, choice: OptimiserChoice, nbh: string,
  ws: readonly ResolvedWork[], columns: WorkColumns, counts: ReadonlyMap<string, number>): string {
  const bundles: (number | null)[] = [];
  for (const w of ws) if (w.bundle !== null) bundles.push(counts.get(w.bundle) ?? 0, ctx.bundleYear.get(w.bundle) ?? null);
  const f = new Fingerprint().add([mode, choice, nbh, ctx.disruptionPerDay.get(nbh) ?? null, bundles]);
  return `${contextKey(ctx)}\n${addColumns(f, columns).digest()}`;
}

/**
 * Neighbourhood plans by key. Entries not used by the last `sweep()`'s computation are dropped
 * then, so the cache holds about one city's plans, not every edit's.
 */
export class PlanCache {
  private entries = new Map<string, CompactProject[]>();
  private used = new Set<string>();
  /** Plans read and plans stored since the cache was made (tests and benchmarks read them). */
  readonly stats = { hits: 0, stored: 0 };

  get(key: string): CompactProject[] | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.used.add(key);
      this.stats.hits += 1;
    }
    return v;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, plan: CompactProject[]): void {
    this.entries.set(key, plan);
    this.used.add(key);
    this.stats.stored += 1;
  }

  /** Forgets the plans not read or written since the last sweep. */
  sweep(): void {
    for (const k of this.entries.keys()) if (!this.used.has(k)) this.entries.delete(k);
    this.used = new Set();
  }

  get size(): number {
    return this.entries.size;
  }
}
