// SEAM (H3 adds variant resolution here): turns Works rows into resolved works, every number filled
// in, per step. Without variants every step gets the very same array, which lets compute() reuse the
// bundled plan for the later steps instead of re-planning identical works.
import { InputError, problem, type Problem } from '../problems';
import type { Work } from '../scenario/schema';
import type { ModelContext } from './context';
import { byString } from './context';
import { factorAt, } from './time';
import { lifeCyclePV, singleCost } from './costs';
import type { StepId } from './result';

export interface ResolvedWork {
  id: string;
  /** Row index in scenario.works. */
  index: number;
  neighbourhood: string;
  party: string;
  category: string;
  plannedYear: number;
  quantity: number;
  unitCost: number;
  /** D = quantity × unitCost (base prices). */
  direct: number;
  durationDays: number;
  /** Display street, and the comparison key (trimmed, lower case); null = a street of its own. */
  street: string | null;
  streetKey: string | null;
  openedArea: number;
  /** Window clipped to the horizon. */
  earliest: number;
  latest: number;
  lifetimeYears: number;
  deferralCostPerYear: number;
  currentOpex: number;
  annualOpex: number;
  bookValue: number;
  tags: string[];
  /** Manual bundle id (trimmed), if any. */
  bundle: string | null;
  /** Chosen variant id for a variant work (H3). */
  variant?: string;
}

export type ResolvedSteps = Record<StepId, ResolvedWork[]>;

/** Resolves the works of every step. Works come back sorted by id (plain string order). */
export function resolveAll(ctx: ModelContext): ResolvedSteps {
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

/** A work row with its own numbers (no variant group). */
export function resolvePlainWork(ctx: ModelContext, w: Work, index: number, problems: Problem[]): ResolvedWork | null {
  const at = (field: string) => ({ sheet: 'works' as const, index, field });
  const before = problems.length;
  if (w.variantGroup !== undefined && w.variantGroup.trim() !== '') {
    problems.push(problem('model.variantUnresolved', { work: w.id, group: w.variantGroup }, at('variantGroup')));
  }
  if (w.party === undefined || w.party.trim() === '') problems.push(problem('model.missing', { work: w.id, field: 'party' }, at('party')));
  else if (!ctx.partyOrder.has(w.party.trim())) problems.push(problem('model.unknownParty', { work: w.id, party: w.party }, at('party')));
  if (!ctx.disruptionPerDay.has(w.neighbourhood.trim())) {
    problems.push(problem('model.unknownNeighbourhood', { work: w.id, neighbourhood: w.neighbourhood }, at('neighbourhood')));
  }
  if (w.lifetimeYears === undefined) problems.push(problem('model.missing', { work: w.id, field: 'lifetimeYears' }, at('lifetimeYears')));
  const tl = ctx.tl;
  if (w.plannedYear < tl.base || w.plannedYear > tl.last) {
    problems.push(problem('model.yearOutsideHorizon', { work: w.id, year: w.plannedYear, from: tl.base, to: tl.last }, at('plannedYear')));
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
  const single = singleCost(ctx, w);
  const lc = lifeCyclePV(ctx, w, w.plannedYear);
  return factorAt(ctx.tl, w.plannedYear) * single.financial + lc.replacements + lc.opex + lc.residual;
}
