// SEAM: splits one project's shared cost over its parties by the allocation rule (MODEL.md "Parties,
// allocation and co-financing"). Returns exact euro amounts (base prices) per party in
// `project.parties` order, summing to `project.shared`; compute() rounds them to cents with the
// largest-remainder rule. The rules themselves live in engine/allocation.
import { exactShares } from '../allocation/rules';
import type { AllocationRule } from '../scenario/schema';
import type { ModelContext } from './context';
import type { ResolvedWork } from './resolve';

export interface SharedProject {
  neighbourhood: string;
  year: number;
  works: readonly ResolvedWork[];
  /** Owner parties, Parties-sheet order. */
  parties: readonly string[];
  /** Direct cost per party, same order. */
  directByParty: readonly number[];
  /** Shared cost of the whole project (base prices). */
  shared: number;
  /** c(S): shared cost of the project holding only the works of the parties in mask S (bit i =
   *  parties[i]), same year. */
  sharedCostOf(mask: number): number;
}

/** Rules this build implements; compute() warns and uses `direct` for any other. */
export const implementedRules: readonly AllocationRule[] = ['direct', 'equal', 'standalone', 'shapley'];

export function allocateShared(_ctx: ModelContext, p: SharedProject, rule: AllocationRule): number[] {
  if (p.parties.length === 1) return [p.shared];
  return exactShares(rule, { parties: p.parties, direct: p.directByParty, cost: (m) => p.sharedCostOf(m) }, p.shared, {
    works: p.works.map((w) => w.id).join(', '),
    neighbourhood: p.neighbourhood,
    year: p.year,
  });
}
