// Input problems of the Variants sheet. `validateVariants` holds what only this domain can check
// (one generic per group, expressions, and their values in every neighbourhood that has a work of
// the group: an expression may fail only for some attribute values); it is registered with the
// scenario validator, which already checks references and duplicate ids. `variantReferenceProblems`
// repeats those reference checks for the engine's own guard, so a scenario edited in the interface
// cannot reach variant resolution with a dangling reference.
import { problem, type Problem } from '../problems';
import type { Neighbourhood, Scenario } from '../scenario/schema';
import { compileVariants } from './compile';
import { VariantEvaluator } from './evaluate';
import { forcedVariantOf, groupOf, workCell } from './work-fields';

type VariantInput = Pick<Scenario, 'variants' | 'neighbourhoods' | 'works' | 'parties'>;

/** `evaluator`: pass the one variant resolution will use, so each variant is evaluated once per
 *  neighbourhood in all. */
export function validateVariants(scenario: VariantInput, evaluator = new VariantEvaluator()): Problem[] {
  if (scenario.variants.length === 0) return [];
  const compiled = compileVariants(scenario);
  const out: Problem[] = [...compiled.problems];
  const nbs = new Map<string, Neighbourhood>(scenario.neighbourhoods.map((n) => [n.id, n]));
  const done = new Set<string>();
  for (const w of scenario.works) {
    const group = groupOf(w);
    if (group === undefined) continue;
    const list = compiled.groups.get(group);
    const nb = nbs.get(w.neighbourhood);
    if (!list || !nb) continue; // references: reported by the scenario validator
    for (const cv of list) {
      const key = `${cv.index}\u0000${nb.id}`;
      if (done.has(key)) continue;
      done.add(key);
      const r = evaluator.get(cv, nb);
      if (!r.ok) out.push(...r.problems);
    }
  }
  return out;
}

export function variantReferenceProblems(scenario: VariantInput): Problem[] {
  const out: Problem[] = [];
  const parties = new Set(scenario.parties.map((p) => p.id));
  const nbs = new Set(scenario.neighbourhoods.map((n) => n.id));
  const ids = new Set<string>();
  const groups = new Map<string, Set<string>>();
  scenario.variants.forEach((v, index) => {
    const at = (field: string) => ({ sheet: 'variants' as const, index, field });
    if (ids.has(v.id)) out.push(problem('variants.duplicateId', { id: v.id }, at('id')));
    ids.add(v.id);
    if (!parties.has(v.party)) out.push(problem('variants.unknownParty', { variant: v.id, party: v.party }, at('party')));
    let g = groups.get(v.group);
    if (!g) groups.set(v.group, (g = new Set()));
    g.add(v.id);
  });
  scenario.works.forEach((w, index) => {
    const group = groupOf(w);
    const forced = forcedVariantOf(w);
    if (group === undefined) {
      if (forced !== undefined) out.push(problem('variants.variantWithoutGroup', { work: w.id, variant: forced }, workCell(index, 'variant')));
      return;
    }
    if (!nbs.has(w.neighbourhood)) out.push(problem('variants.unknownNeighbourhood', { work: w.id, neighbourhood: w.neighbourhood }, workCell(index, 'neighbourhood')));
    const g = groups.get(group);
    if (!g) out.push(problem('variants.unknownGroup', { work: w.id, group }, workCell(index, 'variantGroup')));
    else if (forced !== undefined && !g.has(forced)) {
      out.push(problem('variants.unknownVariant', { work: w.id, variant: forced, group }, workCell(index, 'variant')));
    }
  });
  return out;
}

