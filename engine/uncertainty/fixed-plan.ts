// Evaluating a scenario for a FIXED plan. MODEL.md "Uncertainty": the plan (projects, their years,
// the variant choices) stays as computed at base values; only the numbers change. So the costly
// part of compute() (optimising the bundles, choosing variants, allocating, co-financing) runs
// once; this file takes the base plan apart and re-costs it with the engine's own cost functions
// (the reference), ./compiled-plan.ts does the same arithmetic without objects (the fast path).
// Step totals do not depend on the allocation rule or on co-financing: both move money between
// parties, never in or out of a step.
import { compute } from '../compute';
import { makeContext, type ModelContext } from '../model/context';
import { lifeCyclePV, projectCost } from '../model/costs';
import { extraStreams } from '../model/extra-streams';
import { toCents } from '../model/money';
import { resolveAll, type ResolvedWork } from '../model/resolve';
import { stepIds, type ComputeResult } from '../model/result';
import { makeTimeline, factorAt } from '../model/time';
import type { Scenario, Settings } from '../scenario/schema';
import { baseValues, scenarioWith, uncertainInputs, type UncertainInput } from './inputs';
import type { StepCents } from './saving';

export interface FixedProject {
  year: number;
  /** Indices into the model's work table. */
  works: number[];
}

/** Something that turns input values into the four step values. */
export interface StepEvaluator {
  inputs: UncertainInput[];
  base: Float64Array;
  evaluate(values: ArrayLike<number>): StepCents;
}

export interface FixedPlanModel extends StepEvaluator {
  /** The base-value result the plan was taken from. */
  result: ComputeResult;
}

/** The base plan taken apart: distinct works, distinct plans, which plan each step uses. */
export interface PlanStructure {
  ctx0: ModelContext;
  base: ComputeResult;
  inputs: UncertainInput[];
  table: ResolvedWork[];
  plans: FixedProject[][];
  planOfStep: number[];
  settingSlots: { key: keyof Settings; j: number }[];
  /** Per table work, the input that sets its unit cost (−1: none). */
  costInput: number[];
  movesTimeline: boolean;
  /** Stream (citizen maintenance) amounts per step and year, base prices. */
  streams: { fin: Float64Array; soc: Float64Array }[];
}

export function planStructure(scenario: Scenario, result?: ComputeResult): PlanStructure {
  const base = result ?? compute(scenario, { computedAt: '1970-01-01T00:00:00.000Z' });
  const ctx0 = makeContext(scenario);
  const resolved = resolveAll(ctx0);
  const inputs = uncertainInputs(scenario);

  // One table of distinct resolved works (steps without variant changes share their objects).
  const table: ResolvedWork[] = [];
  const slots = new WorkSlots(table);
  const plans: FixedProject[][] = [];
  const planOfStep: number[] = [];
  // Steps share their works arrays and project lists where they are the same (compute() reuses
  // them): such a step has the same plan, without looking up its works again.
  const seen: { works: ResolvedWork[]; projects: unknown; plan: number }[] = [];
  stepIds.forEach((id, k) => {
    const works = resolved[id];
    const listed = base.steps[k]!.projects;
    const again = seen.find((x) => x.works === works && x.projects === listed);
    if (again) {
      planOfStep.push(again.plan);
      return;
    }
    const slotOf = slots.of(works);
    const projects = listed.map((p): FixedProject => ({ year: p.year, works: p.works.map(slotOf) }));
    let pi = plans.findIndex((q) => samePlan(q, projects));
    if (pi < 0) {
      pi = plans.length;
      plans.push(projects);
    }
    seen.push({ works, projects: listed, plan: pi });
    planOfStep.push(pi);
  });

  // Which input sets each work's unit cost (−1: none).
  const settingSlots: { key: keyof Settings; j: number }[] = [];
  const byWorkRow = new Map<number, number>();
  const byVariant = new Map<string, number>();
  inputs.forEach((inp, j) => {
    if (inp.kind === 'setting') settingSlots.push({ key: inp.key, j });
    else if (inp.kind === 'work') byWorkRow.set(inp.index, j);
    else byVariant.set(inp.id, j);
  });
  const costInput = table.map((w) => (w.variant !== undefined ? byVariant.get(w.variant) : byWorkRow.get(w.index)) ?? -1);
  const timelineKeys = new Set<keyof Settings>(['discountRate', 'escalationRate']);
  const movesTimeline = settingSlots.some((s) => timelineKeys.has(s.key));

  // Streams that are not projects (citizen maintenance) do not depend on any ranged input: only
  // their discounting does. Summed per step and year once.
  const H = ctx0.tl.length;
  const streams = stepIds.map((id) => {
    const fin = new Float64Array(H);
    const soc = new Float64Array(H);
    for (const x of extraStreams(ctx0, id)) {
      for (let i = 0; i < H; i++) {
        fin[i] = (fin[i] as number) + (x.financial[i] ?? 0);
        soc[i] = (soc[i] as number) + (x.societal[i] ?? 0);
      }
    }
    return { fin, soc };
  });

  return { ctx0, base, inputs, table, plans, planOfStep, settingSlots, costInput, movesTimeline, streams };
}

/** Table slots of the steps' resolved works, by work id: one slot per distinct work object. The
 *  steps' arrays hold the same ids in the same order (sorted by id), and a work without a variant
 *  choice is the very same object in each; positions then stand in for objects, so one id lookup
 *  and no object map serve every step. */
class WorkSlots {
  private first: { works: ResolvedWork[]; at: Map<string, number>; slot: Int32Array } | null = null;

  constructor(private readonly table: ResolvedWork[]) {}

  /** The slot of a work id of `works`, taken in the table when first asked. */
  of(works: ResolvedWork[]): (id: string) => number {
    const first = (this.first ??= { works, at: new Map(works.map((w, i) => [w.id, i])), slot: new Int32Array(works.length).fill(-1) });
    const aligned = works === first.works || (works.length === first.works.length && works.every((w, i) => w.id === first.works[i]!.id));
    const at = aligned ? first.at : new Map(works.map((w, i) => [w.id, i]));
    const own = works === first.works ? first.slot : new Int32Array(works.length).fill(-1);
    const take = (slot: Int32Array, i: number, w: ResolvedWork) => {
      let s = slot[i] as number;
      if (s < 0) {
        s = slot[i] = this.table.length;
        this.table.push(w);
      }
      return s;
    };
    return (id) => {
      const i = at.get(id)!;
      const w = works[i]!;
      return aligned && w === first.works[i] ? take(first.slot, i, w) : take(own, i, w);
    };
  }
}

function samePlan(a: readonly FixedProject[], b: readonly FixedProject[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const p = a[k]!;
    const q = b[k]!;
    if (p.year !== q.year || p.works.length !== q.works.length) return false;
    for (let i = 0; i < p.works.length; i++) if (p.works[i] !== q.works[i]) return false;
  }
  return true;
}

/** Adds the streams to each step's plan value and rounds as compute() does. */
export function stepCents(ps: Pick<PlanStructure, 'planOfStep' | 'streams'>, factor: Float64Array, planPV: readonly { financial: number; societal: number }[]): StepCents {
  const financial = [0, 0, 0, 0] as StepCents['financial'];
  const societal = [0, 0, 0, 0] as StepCents['societal'];
  const H = factor.length;
  for (let k = 0; k < 4; k++) {
    const p = planPV[ps.planOfStep[k] as number]!;
    const st = ps.streams[k]!;
    let fin = p.financial;
    let soc = p.societal;
    for (let i = 0; i < H; i++) {
      const f = factor[i] as number;
      fin += (st.fin[i] as number) * f;
      soc += (st.soc[i] as number) * f;
    }
    financial[k] = toCents(fin);
    societal[k] = toCents(fin + soc);
  }
  return { financial, societal };
}

/**
 * The reference evaluator: the base plan costed with the engine's own cost functions
 * (engine/model/costs) for every evaluation. Exact but slow-ish (objects per work, caches per
 * object); the tests hold the compiled evaluator below to it.
 */
export function engineCostModel(scenario: Scenario, result?: ComputeResult): FixedPlanModel {
  const ps = planStructure(scenario, result);
  const { ctx0, table, plans, settingSlots, costInput, movesTimeline } = ps;
  const evaluate = (values: ArrayLike<number>): StepCents => {
    let settings = ctx0.settings;
    if (settingSlots.length) {
      settings = { ...settings };
      for (const { key, j } of settingSlots) (settings as Record<string, unknown>)[key] = values[j];
    }
    const tl = movesTimeline ? makeTimeline(settings) : ctx0.tl;
    const ctx: ModelContext = { ...ctx0, settings, tl };
    // Fresh work objects every time: the engine caches a work's stand-alone cost per object.
    const works = table.map((w, i) => {
      const j = costInput[i] as number;
      const unitCost = j < 0 ? w.unitCost : (values[j] as number);
      return { ...w, unitCost, direct: w.quantity * unitCost };
    });
    return stepCents(ps, tl.factor, plans.map((projects) => planValue(ctx, projects, works)));
  };
  return { inputs: ps.inputs, base: baseValues(ps.inputs), evaluate, result: ps.base };
}

/** PV of a plan's first executions and its works' life cycles; societal = the disruption part. */
function planValue(ctx: ModelContext, projects: readonly FixedProject[], works: readonly ResolvedWork[]):
  { financial: number; societal: number } {
  let financial = 0;
  let societal = 0;
  for (const p of projects) {
    const ws = p.works.map((i) => works[i]!);
    const c = projectCost(ctx, ws, p.year);
    const f = factorAt(ctx.tl, p.year);
    financial += f * c.financial;
    societal += f * c.disruption;
    for (const w of ws) {
      const lc = lifeCyclePV(ctx, w, p.year);
      financial += lc.replacements + lc.opex + lc.residual;
      societal += lc.replacementsDisruption;
    }
  }
  return { financial, societal };
}

/** The slower option: every evaluation re-plans (full compute() of the changed scenario). */
export function replanModel(scenario: Scenario): StepEvaluator {
  const inputs = uncertainInputs(scenario);
  return {
    inputs,
    base: baseValues(inputs),
    evaluate(values) {
      const r = compute(scenarioWith(scenario, inputs, values), { computedAt: '1970-01-01T00:00:00.000Z' });
      const cents = (x: number) => Math.round(x * 100);
      return {
        financial: r.steps.map((s) => cents(s.pv.financial)) as StepCents['financial'],
        societal: r.steps.map((s) => cents(s.pv.societal)) as StepCents['societal'],
      };
    },
  };
}
