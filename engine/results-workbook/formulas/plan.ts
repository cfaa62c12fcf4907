// The fixed plan the formula workbook is built on, taken from a computed result: per distinct plan
// (steps that share a plan share one calculation block) its projects in result order, each
// project's works grouped by street (so "Σ over streets of the largest opened area" is a MAX over
// adjacent rows), the allocation shares where the rule is not `direct`, and the co-financing
// transfers (their caps make them depend on the order of all executions: values, see the note).
import { applyCoFinancing } from '../../cofinancing/apply';
import { allocateShared } from '../../model/allocate';
import { byString, makeContext, type ModelContext } from '../../model/context';
import { replacementYears, sharedCost } from '../../model/costs';
import { resolveAll, type ResolvedWork } from '../../model/resolve';
import { stepIds, type ComputeResult, type StepId } from '../../model/result';
import type { Scenario } from '../../scenario/schema';

export interface PlanWork {
  w: ResolvedWork;
  /** Row of the work's project in its block (0-based in block.projects). */
  project: number;
  /** Works of the same owner in this project (for an equal split over a zero direct total). */
  sameParty: number;
  /** First work of its street group: the group's length (rows); 0 for the other members. */
  streetGroup: number;
  /** Share of the project's shared cost as a value (rules other than `direct` in a multi-party
   *  project); undefined: the `direct` formula. */
  fraction?: number;
}

export interface PlanProject {
  id: string;
  neighbourhood: string;
  year: number;
  parties: string[];
  /** First and last index into block.works (inclusive). */
  from: number;
  to: number;
}

export interface PlanBlock {
  /** Steps computed on this plan, in step order; the first names the block. */
  steps: StepId[];
  projects: PlanProject[];
  /** Works in project order (the rows of the block's work sheet). */
  works: PlanWork[];
}

export interface FormulaPlan {
  ctx: ModelContext;
  blocks: PlanBlock[];
  blockOf: Record<StepId, number>;
  /** Co-financing, per step: net present value per party (Parties-sheet order), exact. */
  cofinancingPV: Record<StepId, number[]>;
}

export function formulaPlan(scenario: Scenario, result: ComputeResult): FormulaPlan {
  const ctx = makeContext(scenario);
  const resolved = resolveAll(ctx);
  const rule = scenario.settings.allocationRule;
  const blocks: PlanBlock[] = [];
  const keys: { works: ResolvedWork[]; projects: unknown }[] = [];
  const blockOf = {} as Record<StepId, number>;
  const cofinancingPV = {} as Record<StepId, number[]>;
  for (const step of stepIds) {
    const sr = result.steps.find((s) => s.id === step);
    if (!sr) throw new Error(`result lacks step ${step}`);
    const works = resolved[step];
    // compute() shares one evaluation (and so one projects array) between steps with one plan.
    let b = keys.findIndex((k) => k.works === works && k.projects === sr.projects);
    if (b < 0) {
      b = blocks.length;
      keys.push({ works, projects: sr.projects });
      blocks.push(buildBlock(ctx, works, sr.projects, rule));
    }
    blocks[b]!.steps.push(step);
    blockOf[step] = b;
  }
  const cof = new Map<number, number[]>();
  for (const step of stepIds) {
    const b = blockOf[step];
    if (!cof.has(b)) cof.set(b, coFinancingPV(ctx, blocks[b]!));
    cofinancingPV[step] = cof.get(b)!;
  }
  return { ctx, blocks, blockOf, cofinancingPV };
}

function buildBlock(ctx: ModelContext, works: readonly ResolvedWork[], projects: ComputeResult['steps'][number]['projects'], rule: Scenario['settings']['allocationRule']): PlanBlock {
  const byId = new Map(works.map((w) => [w.id, w]));
  const block: PlanBlock = { steps: [], projects: [], works: [] };
  projects.forEach((p, pi) => {
    const members = p.works.map((id) => {
      const w = byId.get(id);
      if (!w) throw new Error(`project ${p.id} names unknown work ${id}`);
      return w;
    });
    // Street groups in order of their first work (id order); a work without a street is its own.
    const groups = new Map<string, ResolvedWork[]>();
    for (const w of members) {
      const key = w.streetKey === null ? `\u0000${w.id}` : w.streetKey;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(w);
    }
    const from = block.works.length;
    const parties = p.parties;
    let fractions: Map<string, number> | undefined;
    if (rule !== 'direct' && parties.length > 1) fractions = shareFractions(ctx, members, p.year, parties, rule);
    for (const g of groups.values()) {
      g.forEach((w, i) => {
        const pw: PlanWork = {
          w, project: pi, sameParty: members.filter((x) => x.party === w.party).length,
          streetGroup: i === 0 ? g.length : 0,
        };
        if (fractions) pw.fraction = fractions.get(w.id) ?? 0;
        block.works.push(pw);
      });
    }
    block.projects.push({ id: p.id, neighbourhood: p.neighbourhood, year: p.year, parties, from, to: block.works.length - 1 });
  });
  return block;
}

/** Each work's fraction of the project's shared cost under the rule: the party's exact share
 *  (the engine's own allocation), spread over the party's works pro rata direct cost. */
function shareFractions(ctx: ModelContext, members: ResolvedWork[], year: number, parties: string[], rule: Scenario['settings']['allocationRule']): Map<string, number> {
  const directBy = parties.map((q) => members.reduce((a, w) => (w.party === q ? a + w.direct : a), 0));
  const shared = sharedCost(ctx, members, year);
  const shares = allocateShared(ctx, {
    neighbourhood: members[0]!.neighbourhood, year, works: members, parties, directByParty: directBy, shared,
    sharedCostOf: (mask) => sharedCost(ctx, members.filter((w) => (mask & (1 << parties.indexOf(w.party))) !== 0), year),
  }, rule);
  const out = new Map<string, number>();
  for (const w of members) {
    const pi = parties.indexOf(w.party);
    const partyFraction = shared === 0 ? 0 : (shares[pi] as number) / shared;
    const own = members.filter((x) => x.party === w.party);
    const d = directBy[pi] as number;
    out.set(w.id, partyFraction * (d === 0 ? 1 / own.length : w.direct / d));
  }
  return out;
}

/** The co-financing of a plan as the engine applies it (engine/model/cofinancing-hook), as the
 *  net present value per party: + paid as funder, − received as owner. */
function coFinancingPV(ctx: ModelContext, block: PlanBlock): number[] {
  const out = new Array<number>(ctx.parties.length).fill(0);
  const rules = ctx.scenario.coFinancing ?? [];
  if (rules.length === 0) return out;
  const tl = ctx.tl;
  const executions: { w: ResolvedWork; year: number; replacement: boolean }[] = [];
  for (const p of block.projects) {
    for (let i = p.from; i <= p.to; i++) {
      const w = block.works[i]!.w;
      executions.push({ w, year: p.year, replacement: false });
      for (const y of replacementYears(ctx, w, p.year)) executions.push({ w, year: y, replacement: true });
    }
  }
  executions.sort((a, b) => a.year - b.year || byString(a.w.id, b.w.id));
  const outcome = applyCoFinancing(rules, executions.map((e) => ({
    work: e.w.id, party: e.w.party, year: e.year, direct: e.w.direct * (tl.escal[e.year - tl.base] as number),
    tags: e.w.tags, replacement: e.replacement,
  })));
  for (const f of outcome.flows) {
    const i = f.year - tl.base;
    const pv = (f.amount / (tl.escal[i] as number)) * (tl.factor[i] as number);
    const to = ctx.partyOrder.get(f.funder)!;
    const from = ctx.partyOrder.get(f.owner)!;
    out[to] = (out[to] as number) + pv;
    out[from] = (out[from] as number) - pv;
  }
  return out;
}
