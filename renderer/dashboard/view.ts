// Pure view models of the dashboard, derived from a ComputeResult. Components only draw these, so
// the numbers a chart shows are testable without a DOM and memoisable per result.
import type { Amounts, ComputeResult, ProjectResult, StepId, StepResult } from '../../engine/model/result';
import type { Scenario } from '../../engine/scenario/schema';
import type { PerspectiveId } from './explain';

export function step(r: ComputeResult, id: StepId): StepResult | undefined {
  return r.steps.find((s) => s.id === id);
}

export interface Headline {
  separate: Amounts;
  integrated: Amounts;
  saving: Amounts;
  /** Saving as a fraction of separate; null where separate is 0. */
  savingPct: { financial: number | null; societal: number | null };
}

export function headline(r: ComputeResult): Headline {
  const sep = step(r, 'separate')?.pv ?? { financial: 0, societal: 0 };
  const int = step(r, 'integrated')?.pv ?? { financial: 0, societal: 0 };
  const pct = (p: PerspectiveId) => (sep[p] === 0 ? null : r.savings.total[p] / sep[p]);
  return { separate: sep, integrated: int, saving: r.savings.total, savingPct: { financial: pct('financial'), societal: pct('societal') } };
}

export type WaterfallKey = 'separate' | 'bundling' | 'differentiation' | 'citizen' | 'integrated';
export interface WaterfallBar {
  key: WaterfallKey;
  kind: 'total' | 'saving';
  /** The figure itself: a step's PV for totals, the saving for the parts (positive = cheaper). */
  amount: number;
  /** Where the bar starts and ends on the value axis (running total before and after). */
  from: number;
  to: number;
  /** Stacked-bar encoding for recharts: an invisible base and the visible height. */
  base: number;
  height: number;
}

/** separate → −bundling → −differentiation → −citizen → integrated. The parts add up to the total
 *  saving exactly (the engine's savings are integer-cent differences), so the last bar lands on
 *  integrated. */
export function waterfall(r: ComputeResult, p: PerspectiveId): WaterfallBar[] {
  const sep = step(r, 'separate')?.pv[p] ?? 0;
  const int = step(r, 'integrated')?.pv[p] ?? 0;
  const bars: WaterfallBar[] = [totalBar('separate', sep)];
  let running = sep;
  for (const key of ['bundling', 'differentiation', 'citizen'] as const) {
    const amount = r.savings[key][p];
    const next = Math.round((running - amount) * 100) / 100;
    bars.push({ key, kind: 'saving', amount, from: running, to: next, base: Math.min(running, next), height: Math.abs(amount) });
    running = next;
  }
  bars.push(totalBar('integrated', int));
  return bars;
}

function totalBar(key: WaterfallKey, v: number): WaterfallBar {
  return { key, kind: 'total', amount: v, from: 0, to: v, base: Math.min(0, v), height: Math.abs(v) };
}

/** Present-value factor of a nominal amount in year τ: 1 / (1+r)^(τ−B+δ). Nominal cash is already
 *  escalated, so only discounting remains. */
export function discountFactor(r: ComputeResult, year: number): number {
  const s = r.settings;
  const delta = s.discountTiming === 'end' ? 1 : s.discountTiming === 'mid' ? 0.5 : 0;
  return 1 / (1 + s.discountRate) ** (year - s.baseYear + delta);
}

export interface CashRow { year: number; total: number; [party: string]: number }
export interface CashView {
  parties: string[];
  rows: CashRow[];
  /** The nominal amount behind every shown one, for the explain panel. */
  nominal: Map<string, number>;
}

/** Per party per year, nominal or discounted, for one step. Years where no party has cash are kept:
 *  the horizon is the axis. Parties without any cash in the step are left out. */
export function cashFlow(r: ComputeResult, stepId: StepId, discounted: boolean): CashView {
  const st = step(r, stepId);
  const parties = (st?.parties ?? []).filter((p) => p.cash.some((c) => c !== 0));
  const nominal = new Map<string, number>();
  const rows = r.years.map((year, i) => {
    const row: CashRow = { year, total: 0 };
    const f = discounted ? discountFactor(r, year) : 1;
    for (const p of parties) {
      const c = p.cash[i] ?? 0;
      nominal.set(`${p.party}|${year}`, c);
      const v = Math.round(c * f * 100) / 100;
      row[p.party] = v;
      row.total += v;
    }
    row.total = Math.round(row.total * 100) / 100;
    return row;
  });
  return { parties: parties.map((p) => p.party), rows, nominal };
}

/** Neighbourhood id → the name to show: the Neighbourhoods sheet's name, or the id where the name
 *  is empty. Without a scenario the map is empty and callers show ids. */
export function neighbourhoodNames(scenario: Scenario | undefined): Map<string, string> {
  return new Map(scenario?.neighbourhoods.map((n) => [n.id, n.name.trim() || n.id]) ?? []);
}

export interface MatrixWork { work: string; planned: number; year: number; party: string; moved: boolean }
export interface MatrixProject { id: string; year: number; works: MatrixWork[] }
export interface MatrixRow { neighbourhood: string; name: string; projects: MatrixProject[] }
export interface MatrixView { years: number[]; rows: MatrixRow[] }

/** The opportunity matrix of one step: per neighbourhood (sheet order) the first-execution projects
 *  with their works; years span every planned and executed year, so moved works show both ends. */
export function matrix(r: ComputeResult, scenario: Scenario | undefined, stepId: StepId = 'integrated'): MatrixView {
  const st = step(r, stepId);
  if (!st) return { years: [], rows: [] };
  const plans = new Map(st.works.map((w) => [w.work, w]));
  const order = scenario?.neighbourhoods.map((n) => n.id) ?? [...new Set(st.projects.map((p) => p.neighbourhood))];
  const names = neighbourhoodNames(scenario);
  // One pass groups the projects by neighbourhood: filtering them per neighbourhood would read a
  // city's 30,000 projects a hundred times over.
  const byNeighbourhood = new Map<string, ProjectResult[]>();
  for (const p of st.projects) {
    const list = byNeighbourhood.get(p.neighbourhood);
    if (list) list.push(p); else byNeighbourhood.set(p.neighbourhood, [p]);
  }
  let lo = Infinity;
  let hi = -Infinity;
  const rows: MatrixRow[] = order.map((nb) => ({
    neighbourhood: nb,
    name: names.get(nb) ?? nb,
    projects: (byNeighbourhood.get(nb) ?? []).map((p) => ({
      id: p.id,
      year: p.year,
      works: p.works.map((w) => {
        const plan = plans.get(w);
        const planned = plan?.plannedYear ?? p.year;
        lo = Math.min(lo, planned, p.year);
        hi = Math.max(hi, planned, p.year);
        return { work: w, planned, year: p.year, party: plan?.party ?? '', moved: planned !== p.year };
      }),
    })),
  }));
  const years = lo <= hi ? Array.from({ length: hi - lo + 1 }, (_, i) => lo + i) : [];
  return { years, rows };
}
