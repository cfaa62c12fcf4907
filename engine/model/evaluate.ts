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
import { projectFlag, workPlanFlag } from './finite';

export interface Ledger {
  /** Base-price financial amounts, [party index × H + year index]. */
  party: Float64Array;
  /** Base-price societal-only amounts per year. */
  societal: Float64Array;
}

export interface Evaluation {
  projects: ProjectResult[];
  works: WorkPlan[];
  ledger: Ledger;
  /** Unrounded PVs for the step breakdown. */
  pv: { projects: number; projectsDisruption: number; replacements: number; replacementsDisruption: number; opex: number; residual: number };
  /** Unrounded PV per neighbourhood (financial; societal-only disruption apart), for the split of
   *  the step totals over neighbourhoods. */
  byNeighbourhood: Map<string, { financial: number; disruption: number }>;
  executions: () => Execution[];
  /** Every figure of `projects` and `works` is finite (compute's invariant then skips them). */
  finite: boolean;
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

/** `works`: the step's works in id order (optional), to put the work plans in id order without sorting. */
export function evaluatePlan(ctx: ModelContext, plan: Plan, rule: AllocationRule, works?: readonly ResolvedWork[]): Evaluation {
  const tl = ctx.tl;
  const H = tl.length;
  const ledger = newLedger(ctx);
  const pv = { projects: 0, projectsDisruption: 0, replacements: 0, replacementsDisruption: 0, opex: 0, residual: 0 };
  const projects: ProjectResult[] = [];
  const workPlans: WorkPlan[] = [];
  /** The work of each plan in workPlans, for inIdOrder. */
  const planned: ResolvedWork[] = [];
  const byNeighbourhood = new Map<string, { financial: number; disruption: number }>();
  // Non-finite figures seen (./finite), checked while the lists are built and still in the cache.
  let bad = 0;
  const settings = lineSettings(ctx);
  const lastFactor = factorAt(tl, tl.last);
  // Projects and their works come by neighbourhood: its disruption cost per day is looked up once
  // per run of it, not once per work.
  const projectDay = new PerDay(ctx);
  const workDay = new PerDay(ctx);
  let nbId = '';
  let nb: { financial: number; disruption: number } | undefined;
  for (const p of plan.projects) {
    const res = evaluateProject(ctx, p, rule, ledger, settings, projectDay.of(p.neighbourhood));
    projects.push(res.result);
    bad += projectFlag(res.result);
    pv.projects += res.pvFinancial;
    pv.projectsDisruption += res.pvDisruption;
    if (nb === undefined || p.neighbourhood !== nbId) {
      nbId = p.neighbourhood;
      nb = byNeighbourhood.get(nbId);
      if (!nb) byNeighbourhood.set(nbId, (nb = { financial: 0, disruption: 0 }));
    }
    nb.financial += res.pvFinancial;
    nb.disruption += res.pvDisruption;
    const t = p.year;
    for (const w of p.works) {
      // singleCost and lifeCyclePV spelled out (the same operations in the same order), with the
      // replacement years, their factors and their bookings in one pass: no objects per work but
      // its plan.
      const financial = singleFinancial(ctx, w);
      const disruption = singleDisruption(w, workDay.of(w.neighbourhood));
      const party = ctx.partyOrder.get(w.party);
      if (party === undefined) throw new Error(`unknown party ${w.party}`);
      const po = party * H;
      const reps: number[] = [];
      let f = 0;
      for (let y = t + w.lifetimeYears; y <= tl.last; y += w.lifetimeYears) {
        reps.push(y);
        f += factorAt(tl, y);
        const i = y - tl.base;
        ledger.party[po + i] = (ledger.party[po + i] as number) + financial;
        ledger.societal[i] = (ledger.societal[i] as number) + disruption;
      }
      if (w.currentOpex !== 0 || w.annualOpex !== 0) {
        const split = Math.min(t, tl.last) - tl.base;
        for (let i = 0; i <= split; i++) ledger.party[po + i] = (ledger.party[po + i] as number) + w.currentOpex;
        for (let i = split + 1; i < H; i++) ledger.party[po + i] = (ledger.party[po + i] as number) + w.annualOpex;
      }
      const rb = residualBase(ctx, w, t);
      if (rb !== 0) {
        const i = po + tl.last - tl.base;
        ledger.party[i] = (ledger.party[i] as number) + rb;
      }
      const replacements = f * financial;
      const replacementsDisruption = f * disruption;
      const opex = opexPV(ctx, w, t);
      const residual = rb * lastFactor;
      pv.replacements += replacements;
      pv.replacementsDisruption += replacementsDisruption;
      pv.opex += opex;
      pv.residual += residual;
      nb.financial += replacements + opex + residual;
      nb.disruption += replacementsDisruption;
      planned.push(w);
      workPlans.push({
        work: w.id, neighbourhood: w.neighbourhood, party: w.party, project: res.result.id,
        plannedYear: w.plannedYear, year: t, replacementYears: reps,
        pv: {
          replacements: { financial: roundMoney(replacements), societal: roundMoney(replacements + replacementsDisruption) },
          opex: roundMoney(opex),
          residual: roundMoney(residual),
        },
        residualBase: roundMoney(rb),
        inputs: {
          direct: w.direct, lifetimeYears: w.lifetimeYears, currentOpex: w.currentOpex, annualOpex: w.annualOpex,
          window: [w.earliest, w.latest],
        },
      });
      bad += workPlanFlag(workPlans[workPlans.length - 1]!);
    }
  }
  const inOrder = inIdOrder(workPlans, planned, works);
  const executions = (): Execution[] => {
    const out: Execution[] = [];
    for (const p of plan.projects) for (const w of p.works) {
      out.push({ work: w, year: p.year, direct: w.direct, kind: 'first' });
      for (const y of replacementYears(ctx, w, p.year)) out.push({ work: w, year: y, direct: w.direct, kind: 'replacement' });
    }
    return out.sort((a, b) => a.year - b.year || byString(a.work.id, b.work.id));
  };
  return { projects, works: inOrder, ledger, pv, byNeighbourhood, executions, finite: bad === 0 };
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

function evaluateProject(ctx: ModelContext, p: PlannedProject, rule: AllocationRule, ledger: Ledger,
  settings: LineSource['settings'], perDay: number):
  { result: ProjectResult; pvFinancial: number; pvDisruption: number } {
  const tl = ctx.tl;
  const t = p.year;
  const f = factorAt(tl, t);
  const esc = tl.escal[t - tl.base] as number;
  const c = projectCost(ctx, p.works, t);
  const ids = p.works.map(workId);
  const parties = c.parties;

  // Owner amounts per party (base). One party (every separate project): no allocation needed.
  let directBy: number[];
  let deferralBy: number[];
  // Per party shares of the shared cost; one party bears it all (no array per separate project).
  let shares: number[] | undefined;
  if (parties.length === 1) {
    directBy = [c.direct];
    deferralBy = [c.deferral];
  } else {
    directBy = parties.map((q) => p.works.reduce((a, w) => (w.party === q ? a + w.direct : a), 0));
    deferralBy = parties.map((q) => p.works.reduce((a, w) =>
      (w.party === q && t > w.plannedYear ? a + w.deferralCostPerYear * (t - w.plannedYear) : a), 0));
    shares = allocateShared(ctx, {
      neighbourhood: p.neighbourhood, year: t, works: p.works, parties, directByParty: directBy, shared: c.shared,
      sharedCostOf: (mask) => sharedCost(ctx, p.works.filter((w) => (mask & (1 << parties.indexOf(w.party))) !== 0), t),
    }, rule);
  }
  for (let i = 0; i < parties.length; i++) {
    book(ctx, ledger, parties[i]!, t, (directBy[i] as number) + (deferralBy[i] as number) + (shares === undefined ? c.shared : (shares[i] as number)));
  }
  ledger.societal[t - tl.base] = (ledger.societal[t - tl.base] as number) + c.disruption;

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
  result.allocation = parties.length === 1
    ? [{ party: parties[0]!, amount: sharedCents / 100 }]
    : splitExact(sharedCents, shares!.map((x) => x * esc)).map((cents, i) => ({ party: parties[i]!, amount: cents / 100 }));
  result.moved = moved;
  return { result, pvFinancial: c.financial * f, pvDisruption: c.disruption * f };
}

const workId = (w: ResolvedWork): string => w.id;

export { deferralByParty } from './lines';
export type { ProjectCost, ResolvedWork };
