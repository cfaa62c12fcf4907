// Re-importing a party's planning replaces that party's works and only those. Works are matched by
// id: a matched work keeps its place in the Works sheet, new works follow the existing ones, other
// parties' rows are untouched. A manual bundle is kept: a matched work whose planning names no
// bundle keeps the bundle it had, so bundles between parties survive a new version of the file.
// The diff says what changed and what that does to the four steps and the savings.
import { compute } from '../compute';
import type { Amounts, StepId } from '../model/result';
import { hasErrors, InputError, type Problem } from '../problems';
import type { Scenario, Work } from '../scenario/schema';
import { validateScenario } from '../scenario/validate';

export interface WorkChange {
  id: string;
  /** Works fields whose value changed, in Works-sheet order. */
  fields: string[];
}

export interface PlanningDiff {
  party: string;
  added: string[];
  removed: string[];
  changed: WorkChange[];
  unchanged: number;
  /** Bundles that lose a member: the removed work (or the work that now names another bundle). */
  bundlesLosing: { bundle: string; work: string }[];
}

export interface Effect {
  steps: { id: StepId; before: Amounts; after: Amounts }[];
  savings: { key: 'bundling' | 'differentiation' | 'citizen' | 'total'; before: Amounts; after: Amounts }[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function replacePartyWorks(
  scenario: Scenario, party: string, imported: readonly Work[],
): { scenario: Scenario; diff: PlanningDiff; problems: Problem[] } {
  const incoming = new Map(imported.map((w) => [w.id, w]));
  const old = new Map(scenario.works.filter((w) => w.party === party).map((w) => [w.id, w]));
  const added: string[] = [];
  const removed: string[] = [];
  const changed: WorkChange[] = [];
  const bundlesLosing: PlanningDiff['bundlesLosing'] = [];
  let unchanged = 0;
  const works: Work[] = [];
  for (const w of scenario.works) {
    if (w.party !== party) {
      works.push(w);
      continue;
    }
    const next = incoming.get(w.id);
    if (!next) {
      removed.push(w.id);
      if (w.bundle) bundlesLosing.push({ bundle: w.bundle, work: w.id });
      continue;
    }
    const merged: Work = next.bundle === undefined && w.bundle !== undefined ? { ...next, bundle: w.bundle } : next;
    if (w.bundle && merged.bundle !== w.bundle) bundlesLosing.push({ bundle: w.bundle, work: w.id });
    const keys = [...new Set([...Object.keys(w), ...Object.keys(merged)])];
    const fields = keys.filter((k) => !same((w as Record<string, unknown>)[k], (merged as Record<string, unknown>)[k]));
    if (fields.length) {
      changed.push({ id: w.id, fields: fieldOrder(fields) });
      works.push(merged);
    } else {
      unchanged++;
      works.push(w);
    }
  }
  for (const w of imported) {
    if (old.has(w.id)) continue;
    added.push(w.id);
    works.push(w);
  }
  // A Bundles row whose last member left would be refused as unknown: it goes with its works.
  const carried = new Set(works.map((w) => w.bundle).filter((b): b is string => !!b));
  const bundles = scenario.bundles.filter((b) => carried.has(b.id) || !bundlesLosing.some((l) => l.bundle === b.id));
  const next = { ...scenario, works, bundles };
  // The scenario's own rules over the result (a bundle year now outside a member's window, ...).
  return {
    scenario: next,
    diff: { party, added, removed, changed, unchanged, bundlesLosing },
    problems: validateScenario(next).filter((p) => p.severity === 'error'),
  };
}

const workOrder = ['id', 'neighbourhood', 'party', 'category', 'description', 'plannedYear', 'quantity', 'unit',
  'unitCost', 'durationDays', 'street', 'openedArea', 'maxAdvanceYears', 'maxDeferYears', 'lifetimeYears',
  'deferralCostPerYear', 'currentOpex', 'annualOpex', 'bookValue', 'tags', 'bundle', 'variantGroup', 'variant',
  'unitCostLow', 'unitCostHigh', 'extra'];
const fieldOrder = (fields: string[]): string[] =>
  [...fields].sort((a, b) => (workOrder.indexOf(a) + 1 || 99) - (workOrder.indexOf(b) + 1 || 99));

/** The four steps and the savings before and after, from two full computations; undefined when
 *  either scenario breaks a rule (the problems of replacePartyWorks say which). */
export function importEffect(before: Scenario, after: Scenario): Effect | undefined {
  if (hasErrors(validateScenario(before)) || hasErrors(validateScenario(after))) return undefined;
  let a: ReturnType<typeof compute>;
  let b: ReturnType<typeof compute>;
  try {
    a = compute(before);
    b = compute(after);
  } catch (e) {
    if (e instanceof InputError) return undefined;
    throw e;
  }
  return {
    steps: a.steps.map((s, i) => ({ id: s.id, before: s.pv, after: (b.steps[i] as typeof s).pv })),
    savings: (['bundling', 'differentiation', 'citizen', 'total'] as const).map((key) => ({
      key, before: a.savings[key], after: b.savings[key],
    })),
  };
}
