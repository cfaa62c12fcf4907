// SEAM (H3 adds variant resolution here): turns Works rows into resolved works, every number filled
// in, per step. Without variants every step gets the very same array, which lets compute() reuse the
// bundled plan for the later steps instead of re-planning identical works.
import { InputError, problem, type Problem } from '../problems';
import './messages';
import type { Work } from '../scenario/schema';
import type { ModelContext } from './context';
import { byString } from './context';
import { factorAt, } from './time';
import { opexPV, replacementFactor, residualBase, singleFinancial } from './costs';
import type { ResolvedWork } from './resolved-work';

export type { ResolvedWork };
import type { StepId } from './steps';
import { resolveVariants, type ResolvedVariants } from '../variants/resolve';
import { workCell } from '../variants/work-fields';


export type ResolvedSteps = Record<StepId, ResolvedWork[]>;

/** Resolves the works of every step. Works come back sorted by id (plain string order). */
export function resolveAll(ctx: ModelContext): ResolvedSteps {
  if (ctx.scenario.works.some((w) => w.variantGroup !== undefined && w.variantGroup.trim() !== '')) {
    return resolveWithVariants(ctx);
  }
  const problems: Problem[] = [];
  const plain: ResolvedWork[] = [];
  ctx.scenario.works.forEach((w, index) => {
    const r = resolvePlainWork(ctx, w, index, problems);
    if (r) plain.push(r);
  });
  if (problems.length) throw new InputError(problems);
  plain.sort((a, b) => byString(a.id, b.id));
  return { separate: plain, bundled: plain, differentiated: plain, integrated: plain };
}

// H3: variant works (engine/variants) take their numbers from a variant: the generic one in
// separate and bundled, the chosen one in differentiated and integrated. The choice ranks variants
// by standalonePV below, so it uses exactly the costing of the steps.
const variantOutcomes = new WeakMap<ModelContext, ResolvedVariants>();

/** The variant report and warnings of the last resolveAll(ctx); empty without variant works. */
export function variantOutcome(ctx: ModelContext): Pick<ResolvedVariants, 'choices' | 'warnings'> {
  return variantOutcomes.get(ctx) ?? { choices: [], warnings: [] };
}

function resolveWithVariants(ctx: ModelContext): ResolvedSteps {
  // A variant work, once its variant is applied, is a plain work that remembers its variant.
  // Resolved once per Work object: the candidates ranked below are the very objects the generic
  // and chosen lists hold, and works without a group are shared by both lists.
  // A Map, not a WeakMap: it lives only for this call, and a WeakMap of 70,000 entries costs the
  // garbage collector far more (ephemeron tables).
  const memo = new Map<Work, ResolvedWork>();
  const asPlain = (w: Work, index: number, problems: Problem[]): ResolvedWork | null => {
    const hit = memo.get(w);
    if (hit) return hit;
    // Applied variant works come without a group (engine/variants applyVariant), so no copy is needed.
    const r = resolvePlainWork(ctx, w, index, problems);
    if (r && w.variant !== undefined) r.variant = w.variant;
    if (r) memo.set(w, r);
    return r;
  };
  const v = resolveVariants(ctx.scenario, (w, index) => {
    const problems: Problem[] = [];
    const r = asPlain(w, index, problems);
    if (!r) throw new InputError(problems);
    return standalonePV(ctx, r);
  });
  variantOutcomes.set(ctx, v);
  const all = (works: readonly Work[]): ResolvedWork[] => {
    const problems: Problem[] = [];
    const out: ResolvedWork[] = [];
    works.forEach((w, index) => {
      const r = asPlain(w, index, problems);
      if (r) out.push(r);
    });
    if (problems.length) throw new InputError(problems);
    return out.sort((a, b) => byString(a.id, b.id));
  };
  const generic = all(v.genericWorks);
  // Same works in every step when no choice differs: compute() then reuses the bundled plan.
  const same = v.choices.every((c) => c.chosen === c.generic);
  const chosen = same ? generic : all(v.chosenWorks);
  return { separate: generic, bundled: generic, differentiated: chosen, integrated: chosen };
}

/** A work row with its own numbers (no variant group). */
export function resolvePlainWork(ctx: ModelContext, w: Work, index: number, problems: Problem[]): ResolvedWork | null {
  const before = problems.length;
  if (w.variantGroup !== undefined && w.variantGroup.trim() !== '') {
    problems.push(problem('model.variantUnresolved', { work: w.id, group: w.variantGroup }, workCell(index, 'variantGroup')));
  }
  if (w.party === undefined || w.party.trim() === '') problems.push(problem('work.missingField', {}, workCell(index, 'party')));
  else if (!ctx.partyOrder.has(w.party.trim())) problems.push(problem('ref.unknownParty', { id: w.party }, workCell(index, 'party')));
  if (!ctx.disruptionPerDay.has(w.neighbourhood.trim())) {
    problems.push(problem('ref.unknownNeighbourhood', { id: w.neighbourhood }, workCell(index, 'neighbourhood')));
  }
  if (w.lifetimeYears === undefined) problems.push(problem('work.missingField', {}, workCell(index, 'lifetimeYears')));
  const tl = ctx.tl;
  if (w.plannedYear < tl.base || w.plannedYear > tl.last) {
    problems.push(problem('year.outsideHorizon', { year: w.plannedYear, from: tl.base, to: tl.last }, workCell(index, 'plannedYear')));
  }
  if (problems.length > before) return null;
  return fillWork(ctx, w, index, {
    party: w.party!.trim(),
    quantity: w.quantity ?? 0,
    unitCost: w.unitCost ?? 0,
    durationDays: w.durationDays ?? 0,
    openedArea: w.openedArea ?? 0,
    lifetimeYears: w.lifetimeYears!,
    annualOpex: w.annualOpex ?? 0,
    currentOpex: w.currentOpex ?? w.annualOpex ?? 0,
    category: w.category,
    tags: w.tags,
  });
}


/** The numbers a work may take from elsewhere (a variant); the row keeps id, years, street, bundle. */
export interface WorkNumbers {
  party: string;
  quantity: number;
  unitCost: number;
  durationDays: number;
  openedArea: number;
  lifetimeYears: number;
  annualOpex: number;
  currentOpex: number;
  category: string;
  tags: string[];
  variant?: string;
}

export function fillWork(ctx: ModelContext, w: Work, index: number, n: WorkNumbers): ResolvedWork {
  const tl = ctx.tl;
  const street = w.street !== undefined && w.street.trim() !== '' ? w.street.trim() : null;
  const bundle = w.bundle !== undefined && w.bundle.trim() !== '' ? w.bundle.trim() : null;
  const r: ResolvedWork = {
    id: w.id,
    index,
    neighbourhood: w.neighbourhood.trim(),
    party: n.party,
    category: n.category,
    plannedYear: w.plannedYear,
    quantity: n.quantity,
    unitCost: n.unitCost,
    direct: n.quantity * n.unitCost,
    durationDays: n.durationDays,
    street,
    streetKey: street === null ? null : street.toLowerCase(),
    openedArea: n.openedArea,
    earliest: Math.max(tl.base, w.plannedYear - w.maxAdvanceYears),
    latest: Math.min(tl.last, w.plannedYear + w.maxDeferYears),
    lifetimeYears: n.lifetimeYears,
    deferralCostPerYear: w.deferralCostPerYear,
    currentOpex: n.currentOpex,
    annualOpex: n.annualOpex,
    bookValue: w.bookValue,
    tags: n.tags,
    bundle,
  };
  if (n.variant !== undefined) r.variant = n.variant;
  return r;
}

/**
 * Financial PV of one work alone: a separate project in its planned year, life cycle included
 * (replacements, opex, residual). H3 ranks variants by it.
 */
export function standalonePV(ctx: ModelContext, w: ResolvedWork): number {
  // singleCost and lifeCyclePV spelled out, the same operations in the same order: it runs for
  // every candidate variant of every variant work.
  const tl = ctx.tl;
  const t = w.plannedYear;
  const financial = singleFinancial(ctx, w);
  const replacements = replacementFactor(ctx, w, t) * financial;
  return factorAt(tl, t) * financial + replacements + opexPV(ctx, w, t) + residualBase(ctx, w, t) * factorAt(tl, tl.last);
}
