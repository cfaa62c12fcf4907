// Costs a plan: its projects with cost lines, each work's life cycle, and a ledger of base-price
// amounts per party and year. The ledger depends only on the plan, so steps with the same plan
// (no variants, no re-planning needed) share one evaluation.
import type { AllocationRule } from '../scenario/schema';
import { allocateShared } from './allocate';
import type { Execution } from './cofinancing-hook';
import type { ModelContext } from './context';
import { byString } from './context';
import { opexPV, projectCost, replacementYears, residualBase, sharedCost, singleDisruption, singleFinancial, type ProjectCost } from './costs';
import { roundMoney, splitExact, toCents } from './money';
import { lazyLines, lineSettings, type LineSource } from './lines';
import type { Plan, PlannedProject } from './plan';
import type { ResolvedWork } from './resolve';
import type { ProjectResult, WorkPlan } from './result';
import { factorAt } from './time';
import { assertFinite, projectFlag, workPlanFlag } from './finite';

export interface Ledger {
  /** Base-price financial amounts, [party index × H + year index]. */
  party: Float64Array;
  /** Base-price societal-only amounts per year. */
  societal: Float64Array;
}

export interface Evaluation {
  /** The plan's projects and work plans. Built when first read (by the result's lists, its views,
   *  a pack for the page): the first screen reads only the totals below, and on a city the 100,000
   *  projects and 50,000 work plans of a step cost more to build than those totals. */
  readonly projects: ProjectResult[];
  readonly works: WorkPlan[];
  ledger: Ledger;
  /** Unrounded PVs for the step breakdown. */
  pv: { projects: number; projectsDisruption: number; replacements: number; replacementsDisruption: number; opex: number; residual: number };
  /** Unrounded PV per neighbourhood (financial; societal-only disruption apart), for the split of
   *  the step totals over neighbourhoods. */
  byNeighbourhood: Map<string, { financial: number; disruption: number }>;
  executions: () => Execution[];
}

export function newLedger(ctx: ModelContext): Ledger {
  return { party: new Float64Array(ctx.parties.length * ctx.tl.length), societal: new Float64Array(ctx.tl.length) };
}

export function book(ctx: ModelContext, l: Ledger, party: string, year: number, amount: number): void {
  const p = ctx.partyOrder.get(party);
  if (p === undefined) throw new Error(`unknown party ${party}`);
  const i = p * ctx.tl.length + (year - ctx.tl.base);
  l.party[i] = (l.party[i] as number) + amount;
}

/** How a project of several parties splits its owner amounts and shared cost (base prices): the
 *  totals pass works it out, the lists pass takes it over (an allocation rule can be costly). */
interface Split { directBy: number[]; deferralBy: number[]; shares: number[] }

/** `works`: the step's works in id order (optional), to put the work plans in id order without sorting. */
export function evaluatePlan(ctx: ModelContext, plan: Plan, rule: AllocationRule, works?: readonly ResolvedWork[]): Evaluation {
  const totals = planTotals(ctx, plan, rule);
  let lists: { projects: ProjectResult[]; works: WorkPlan[] } | undefined;
  const listed = () => (lists ??= planLists(ctx, plan, totals.splits, works));
  const executions = (): Execution[] => {
    const out: Execution[] = [];
    for (const p of plan.projects) for (const w of p.works) {
      out.push({ work: w, year: p.year, direct: w.direct, kind: 'first' });
      for (const y of replacementYears(ctx, w, p.year)) out.push({ work: w, year: y, direct: w.direct, kind: 'replacement' });
    }
    return out.sort((a, b) => a.year - b.year || byString(a.work.id, b.work.id));
  };
  return {
    get projects() { return listed().projects; },
    get works() { return listed().works; },
    ledger: totals.ledger, pv: totals.pv, byNeighbourhood: totals.byNeighbourhood, executions,
  };
}

/** A work's life-cycle figures in its project's year t: the same operations in the same order in
 *  both passes, so the lists hold the very numbers the totals summed. Written into `fig` (no object
 *  per work); with a ledger, its replacements, opex and residual are booked there too. */
const fig = { financial: 0, disruption: 0, replacements: 0, replacementsDisruption: 0, opex: 0, residual: 0, rb: 0 };

function workFigures(ctx: ModelContext, w: ResolvedWork, t: number, perDay: number, lastFactor: number,
  ledger: Ledger | null, reps: number[] | null): void {
  const tl = ctx.tl;
  // singleCost and lifeCyclePV spelled out, with the replacement years, their factors and their
  // bookings in one pass.
  const financial = singleFinancial(ctx, w);
  const disruption = singleDisruption(w, perDay);
  const party = ctx.partyOrder.get(w.party);
  if (party === undefined) throw new Error(`unknown party ${w.party}`);
  const po = party * tl.length;
  let f = 0;
  for (let y = t + w.lifetimeYears; y <= tl.last; y += w.lifetimeYears) {
    reps?.push(y);
    f += factorAt(tl, y);
    if (ledger) {
      const i = y - tl.base;
      ledger.party[po + i] = (ledger.party[po + i] as number) + financial;
      ledger.societal[i] = (ledger.societal[i] as number) + disruption;
    }
  }
  const rb = residualBase(ctx, w, t);
  if (ledger) {
    if (w.currentOpex !== 0 || w.annualOpex !== 0) {
      const split = Math.min(t, tl.last) - tl.base;
      for (let i = 0; i <= split; i++) ledger.party[po + i] = (ledger.party[po + i] as number) + w.currentOpex;
      for (let i = split + 1; i < tl.length; i++) ledger.party[po + i] = (ledger.party[po + i] as number) + w.annualOpex;
    }
    if (rb !== 0) {
      const i = po + tl.last - tl.base;
      ledger.party[i] = (ledger.party[i] as number) + rb;
    }
  }
  fig.financial = financial;
  fig.disruption = disruption;
  fig.replacements = f * financial;
  fig.replacementsDisruption = f * disruption;
  fig.opex = opexPV(ctx, w, t);
  fig.residual = rb * lastFactor;
  fig.rb = rb;
}

/** The plan's ledger and PVs, with no project or work-plan objects. */
function planTotals(ctx: ModelContext, plan: Plan, rule: AllocationRule):
  Pick<Evaluation, 'ledger' | 'pv' | 'byNeighbourhood'> & { splits: Map<number, Split> } {
  const tl = ctx.tl;
  const ledger = newLedger(ctx);
  const pv = { projects: 0, projectsDisruption: 0, replacements: 0, replacementsDisruption: 0, opex: 0, residual: 0 };
  const byNeighbourhood = new Map<string, { financial: number; disruption: number }>();
  const splits = new Map<number, Split>();
  const lastFactor = factorAt(tl, tl.last);
  // Projects and their works come by neighbourhood: its disruption cost per day is looked up once
  // per run of it, not once per work.
  const workDay = new PerDay(ctx);
  let nbId = '';
  let nb: { financial: number; disruption: number } | undefined;
  plan.projects.forEach((p, k) => {
    const t = p.year;
    const c = projectCost(ctx, p.works, t);
    if (c.parties.length === 1) book(ctx, ledger, c.parties[0]!, t, c.direct + c.deferral + c.shared);
    else {
      const split = splitOf(ctx, p, c, rule);
      splits.set(k, split);
      for (let i = 0; i < c.parties.length; i++) {
        book(ctx, ledger, c.parties[i]!, t, (split.directBy[i] as number) + (split.deferralBy[i] as number) + (split.shares[i] as number));
      }
    }
    ledger.societal[t - tl.base] = (ledger.societal[t - tl.base] as number) + c.disruption;
    const f = factorAt(tl, t);
    const pvFinancial = c.financial * f;
    const pvDisruption = c.disruption * f;
    pv.projects += pvFinancial;
    pv.projectsDisruption += pvDisruption;
    if (nb === undefined || p.neighbourhood !== nbId) {
      nbId = p.neighbourhood;
      nb = byNeighbourhood.get(nbId);
      if (!nb) byNeighbourhood.set(nbId, (nb = { financial: 0, disruption: 0 }));
    }
    nb.financial += pvFinancial;
    nb.disruption += pvDisruption;
    for (const w of p.works) {
      workFigures(ctx, w, t, workDay.of(w.neighbourhood), lastFactor, ledger, null);
      pv.replacements += fig.replacements;
      pv.replacementsDisruption += fig.replacementsDisruption;
      pv.opex += fig.opex;
      pv.residual += fig.residual;
      nb.financial += fig.replacements + fig.opex + fig.residual;
      nb.disruption += fig.replacementsDisruption;
    }
  });
  return { ledger, pv, byNeighbourhood, splits };
}

/** Owner amounts per party of a project of several parties, and its shared cost allocated. */
function splitOf(ctx: ModelContext, p: PlannedProject, c: ProjectCost, rule: AllocationRule): Split {
  const t = p.year;
  const parties = c.parties;
  const directBy = parties.map((q) => p.works.reduce((a, w) => (w.party === q ? a + w.direct : a), 0));
  const deferralBy = parties.map((q) => p.works.reduce((a, w) =>
    (w.party === q && t > w.plannedYear ? a + w.deferralCostPerYear * (t - w.plannedYear) : a), 0));
  const shares = allocateShared(ctx, {
    neighbourhood: p.neighbourhood, year: t, works: p.works, parties, directByParty: directBy, shared: c.shared,
    sharedCostOf: (mask) => sharedCost(ctx, p.works.filter((w) => (mask & (1 << parties.indexOf(w.party))) !== 0), t),
  }, rule);
  return { directBy, deferralBy, shares };
}

/** The plan's projects with cost lines and each work's plan, checked to be finite as they are
 *  built (compute's invariant does not walk lists it has not built). */
function planLists(ctx: ModelContext, plan: Plan, splits: ReadonlyMap<number, Split>, works?: readonly ResolvedWork[]):
  { projects: ProjectResult[]; works: WorkPlan[] } {
  const tl = ctx.tl;
  const projects: ProjectResult[] = [];
  const workPlans: WorkPlan[] = [];
  /** The work of each plan in workPlans, for inIdOrder. */
  const planned: ResolvedWork[] = [];
  let bad = 0;
  const settings = lineSettings(ctx);
  const lastFactor = factorAt(tl, tl.last);
  const projectDay = new PerDay(ctx);
  const workDay = new PerDay(ctx);
  plan.projects.forEach((p, k) => {
    const result = projectResult(ctx, p, splits.get(k), settings, projectDay.of(p.neighbourhood));
    projects.push(result);
    bad += projectFlag(result);
    const t = p.year;
    for (const w of p.works) {
      const reps: number[] = [];
      workFigures(ctx, w, t, workDay.of(w.neighbourhood), lastFactor, null, reps);
      planned.push(w);
      const plan: WorkPlan = {
        work: w.id, neighbourhood: w.neighbourhood, party: w.party, project: result.id,
        plannedYear: w.plannedYear, year: t, replacementYears: reps,
        pv: {
          replacements: { financial: roundMoney(fig.replacements), societal: roundMoney(fig.replacements + fig.replacementsDisruption) },
          opex: roundMoney(fig.opex),
          residual: roundMoney(fig.residual),
        },
        residualBase: roundMoney(fig.rb),
        inputs: {
          direct: w.direct, lifetimeYears: w.lifetimeYears, currentOpex: w.currentOpex, annualOpex: w.annualOpex,
          window: [w.earliest, w.latest],
        },
      };
      workPlans.push(plan);
      bad += workPlanFlag(plan);
    }
  });
  const lists = { projects, works: inIdOrder(workPlans, planned, works) };
  if (bad !== 0) assertFinite(lists, 'plan');
  return lists;
}

/** The work plans in work-id order: placed by the position of their work in `works` when `works`
 *  is in strict id order (ids unique) and holds each plan's very work object exactly once, else
 *  sorted (a city's 50,000 plans per step). Both give the same order whenever the first applies.
 *  The position comes from the work's row index, not from a map of 50,000 ids. `planned[k]`: the
 *  work of plans[k]. */
function inIdOrder(plans: WorkPlan[], planned: readonly ResolvedWork[], works: readonly ResolvedWork[] | undefined): WorkPlan[] {
  const position = works !== undefined && works.length === plans.length ? positionsByIndex(works) : undefined;
  if (position !== undefined && works !== undefined) {
    const out = new Array<WorkPlan | undefined>(plans.length);
    let complete = true;
    for (let k = 0; complete && k < plans.length; k++) {
      const w = planned[k]!;
      const i = w.index < position.length ? (position[w.index] as number) : -1;
      if (i < 0 || works[i] !== w || out[i] !== undefined) complete = false;
      else out[i] = plans[k];
    }
    if (complete) return out as WorkPlan[];
  }
  return plans.sort((a, b) => byString(a.work, b.work));
}

/** Position in `works` by row index, or undefined when the works are not in strict id order or
 *  their row indices are not distinct non-negative integers. */
function positionsByIndex(works: readonly ResolvedWork[]): Int32Array | undefined {
  let max = -1;
  for (let i = 0; i < works.length; i++) {
    const w = works[i]!;
    if (!Number.isInteger(w.index) || w.index < 0) return undefined;
    if (i > 0 && !(works[i - 1]!.id < w.id)) return undefined;
    if (w.index > max) max = w.index;
  }
  // Row indices of one step's works are distinct and below the row count; a sparser set is not worth an array.
  if (max >= 4 * works.length + 16) return undefined;
  const position = new Int32Array(max + 1).fill(-1);
  for (let i = 0; i < works.length; i++) {
    const r = works[i]!.index;
    if (position[r] !== -1) return undefined;
    position[r] = i;
  }
  return position;
}

/** Disruption cost per day of a neighbourhood, remembered for the last one asked. */
class PerDay {
  private id: string | undefined = undefined;
  private value = 0;
  constructor(private readonly ctx: ModelContext) {}
  of(neighbourhood: string): number {
    if (neighbourhood !== this.id) {
      this.id = neighbourhood;
      this.value = this.ctx.disruptionPerDay.get(neighbourhood) ?? 0;
    }
    return this.value;
  }
}

function projectResult(ctx: ModelContext, p: PlannedProject, split: Split | undefined,
  settings: LineSource['settings'], perDay: number): ProjectResult {
  const tl = ctx.tl;
  const t = p.year;
  const f = factorAt(tl, t);
  const esc = tl.escal[t - tl.base] as number;
  const c = projectCost(ctx, p.works, t);
  const ids = p.works.map(workId);
  const parties = c.parties;
  // One party (every separate project): no allocation, and no arrays but the lines' own.
  const directBy = split?.directBy ?? [c.direct];
  const deferralBy = split?.deferralBy ?? [c.deferral];
  const sharedCents = toCents(c.shared * esc);
  const moved: ProjectResult['moved'] = [];
  for (const w of p.works) if (w.plannedYear !== t) moved.push({ work: w.id, from: w.plannedYear, to: t });
  // Cost lines are built when first read (the interface, JSON, structuredClone all read them like a
  // plain property): a city of 50,000 works has ~100,000 projects per plan, and eagerly building nine
  // lines with their inputs for each dominated compute time through allocation alone. The object is
  // built in two parts around `lines` (its place fixes the JSON's key order): redefining a data
  // property as an accessor afterwards sent every project to V8's slow dictionary mode.
  const result = {
    id: `${p.neighbourhood}/${t}/${ids[0]}`,
    neighbourhood: p.neighbourhood,
    year: t,
    works: ids,
    parties,
    days: c.days,
  } as ProjectResult;
  lazyLines(result, { settings, perDay, c, works: p.works, ids, directBy, deferralBy, t, f, esc });
  result.direct = roundMoney(c.direct * esc);
  result.shared = sharedCents / 100;
  result.disruption = roundMoney(c.disruption * esc);
  result.financial = roundMoney(c.financial * esc);
  result.pv = { financial: roundMoney(c.financial * f), societal: roundMoney((c.financial + c.disruption) * f) };
  result.allocation = split === undefined
    ? [{ party: parties[0]!, amount: sharedCents / 100 }]
    : splitExact(sharedCents, split.shares.map((x) => x * esc)).map((cents, i) => ({ party: parties[i]!, amount: cents / 100 }));
  result.moved = moved;
  return result;
}

const workId = (w: ResolvedWork): string => w.id;

export { deferralByParty } from './lines';
export type { ProjectCost, ResolvedWork };
