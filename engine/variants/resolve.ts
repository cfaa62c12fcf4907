// Variant resolution per MODEL.md "Neighbourhood differentiation": a work with a variantGroup
// takes its content from a variant of that group. In `separate` and `bundled` that is the generic
// variant, eligible or not. In `differentiated` and `integrated` it is the eligible variant with
// the lowest financial present value of the work alone (a separate project in its planned year,
// life cycle included), ties to the variant listed first, the generic one when none is eligible,
// and a forced `variant` column wins. The engine supplies that present value (`pvAlone`), so the
// choice uses exactly the costing the steps use.
import { toCents } from '../model/money';
import { InputError, problem, type Problem } from '../problems';
import type { Neighbourhood, Scenario, Work } from '../scenario/schema';
import { compileVariants, type CompiledVariant } from './compile';
import { VariantEvaluator, type FailedCondition, type VariantValues } from './evaluate';
import { validateVariants, variantReferenceProblems } from './validate';
import { forcedVariantOf, groupOf } from './work-fields';

export interface VariantCandidate {
  variant: string;
  name: string;
  generic: boolean;
  eligible: boolean;
  /** Conditions of the eligibility that failed here, with the attribute values they read. */
  whyNot: FailedCondition[];
  /** Financial life-cycle PV of the work alone with this variant, rounded to cents. */
  pv: number;
}

export interface VariantChoice {
  work: string;
  neighbourhood: string;
  group: string;
  /** In Variants-sheet order. */
  candidates: VariantCandidate[];
  generic: string;
  chosen: string;
  /** Chosen by the work's `variant` column. */
  forced: boolean;
  /** Generic PV − chosen PV of the work alone (cents exact). Negative when a forced variant costs more. */
  saving: number;
}

export interface ResolvedVariants {
  /** The works as in `separate` and `bundled`: every variant work with its group's generic variant. */
  genericWorks: Work[];
  /** The works as in `differentiated` and `integrated`. */
  chosenWorks: Work[];
  /** Per variant work, in Works-sheet order. */
  choices: VariantChoice[];
  warnings: Problem[];
}

/** PV (financial, life cycle included) of one resolved work as a separate project in its planned year. */
export type PvAlone = (work: Work, index: number) => number;

// The engine's own rounding (6 decimals, then half away from zero), so a negative half cent rounds down.
const cents = toCents;

/** The work with the content of a variant (MODEL.md: which fields come from where): a plain work
 *  (no variantGroup) whose `variant` is the variant applied. */
export function applyVariant(work: Work, cv: CompiledVariant, values: VariantValues, currentOpex: number): Work {
  const v = cv.variant;
  const x = values.values;
  // Spelled out rather than spread: one object shape for every candidate keeps this fast (a
  // spread of parsed rows was most of the variant time in the city benchmark).
  const out: Work = {
    id: work.id,
    neighbourhood: work.neighbourhood,
    party: v.party,
    category: v.category,
    description: work.description,
    plannedYear: work.plannedYear,
    quantity: x.quantity,
    unit: v.unit,
    unitCost: x.unitCost,
    durationDays: x.durationDays,
    street: work.street,
    openedArea: x.openedArea,
    maxAdvanceYears: work.maxAdvanceYears,
    maxDeferYears: work.maxDeferYears,
    lifetimeYears: x.lifetimeYears,
    deferralCostPerYear: work.deferralCostPerYear,
    currentOpex,
    annualOpex: x.annualOpexPerUnit * x.quantity,
    bookValue: work.bookValue,
    tags: v.tags.slice(),
    bundle: work.bundle,
    variantGroup: undefined,
    variant: v.id,
    unitCostLow: v.unitCostLow,
    unitCostHigh: v.unitCostHigh,
  };
  if (work.extra !== undefined) out.extra = work.extra;
  return out;
}

interface Candidate {
  cv: CompiledVariant;
  work: Work;
  values: VariantValues;
  pvCents: number;
}

function valuesOf(evaluator: VariantEvaluator, cv: CompiledVariant, nb: Neighbourhood): VariantValues {
  const r = evaluator.get(cv, nb);
  if (!r.ok) throw new InputError(r.problems);
  return r.result;
}

/** A candidate as the report lists it; `this`: the group's generic variant. */
function candidateReport(this: CompiledVariant, c: Candidate): VariantCandidate {
  return {
    variant: c.cv.variant.id,
    name: c.cv.variant.name,
    generic: c.cv === this,
    eligible: c.values.eligible,
    whyNot: c.values.whyNot,
    pv: c.pvCents / 100,
  };
}

export function resolveVariants(
  scenario: Pick<Scenario, 'variants' | 'neighbourhoods' | 'works' | 'parties' | 'settings'>,
  pvAlone: PvAlone,
): ResolvedVariants {
  const hasVariantWorks = scenario.works.some((w) => groupOf(w) !== undefined);
  if (!hasVariantWorks) {
    return { genericWorks: [...scenario.works], chosenWorks: [...scenario.works], choices: [], warnings: [] };
  }
  const refs = variantReferenceProblems(scenario);
  if (refs.length > 0) throw new InputError(refs);
  const compiled = compileVariants(scenario);
  const evaluator = new VariantEvaluator();
  const errors = validateVariants(scenario, evaluator).filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new InputError(errors);

  const nbs = new Map<string, Neighbourhood>(scenario.neighbourhoods.map((n) => [n.id, n]));
  const genericWorks: Work[] = [];
  const chosenWorks: Work[] = [];
  const choices: VariantChoice[] = [];
  const warnings: Problem[] = [];

  scenario.works.forEach((work, index) => {
    const group = groupOf(work);
    const forcedId = forcedVariantOf(work);
    if (group === undefined) {
      genericWorks.push(work);
      chosenWorks.push(work);
      return;
    }
    const nb = nbs.get(work.neighbourhood) as Neighbourhood;
    const list = compiled.groups.get(group) as CompiledVariant[];
    const genericCv = compiled.generic.get(group) as CompiledVariant;
    const genericValues = valuesOf(evaluator, genericCv, nb);
    const currentOpex = work.currentOpex ?? genericValues.values.annualOpexPerUnit * genericValues.values.quantity;

    // Loops rather than map and find: closures per variant work add up over a city.
    const candidates: Candidate[] = [];
    let genericCand: Candidate | undefined;
    for (const cv of list) {
      const values = valuesOf(evaluator, cv, nb);
      const w = applyVariant(work, cv, values, currentOpex);
      const c: Candidate = { cv, work: w, values, pvCents: cents(pvAlone(w, index)) };
      candidates.push(c);
      if (genericCand === undefined && cv === genericCv) genericCand = c;
    }

    let chosen = genericCand as Candidate;
    let forced = false;
    if (forcedId !== undefined) {
      chosen = candidates.find((c) => c.cv.variant.id === forcedId) as Candidate;
      forced = true;
      if (!chosen.values.eligible) {
        const reason = chosen.values.whyNot.map((f) => f.condition).join(' and ') || 'false';
        warnings.push(problem('variants.forcedIneligible',
          { work: work.id, variant: chosen.cv.variant.id, neighbourhood: nb.id, reason },
          { sheet: 'works', index, field: 'variant' }, 'warning'));
      }
    } else {
      // Strictly cheaper only: in sheet order, so a tie keeps the variant listed first.
      let best: Candidate | undefined;
      for (const c of candidates) if (c.values.eligible && (!best || c.pvCents < best.pvCents)) best = c;
      if (best) chosen = best;
    }

    genericWorks.push(genericCand!.work);
    chosenWorks.push(chosen.work);
    choices.push({
      work: work.id,
      neighbourhood: work.neighbourhood,
      group,
      candidates: candidates.map(candidateReport, genericCv),
      generic: genericCv.variant.id,
      chosen: chosen.cv.variant.id,
      forced,
      saving: (genericCand!.pvCents - chosen.pvCents) / 100,
    });
  });
  return { genericWorks, chosenWorks, choices, warnings };
}
