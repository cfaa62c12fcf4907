// SEAM (H4 adds equal, standalone and shapley here): splits one project's shared cost over its
// parties. Returns exact euro amounts (base prices) per party in `project.parties` order, summing to
// `project.shared`; compute() rounds them to cents with the largest-remainder rule.
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
export const implementedRules: readonly AllocationRule[] = ['direct'];

export function allocateShared(_ctx: ModelContext, p: SharedProject, _rule: AllocationRule): number[] {
  const n = p.parties.length;
  if (n === 1) return [p.shared];
  // direct: pro rata direct cost; a zero total splits equally (MODEL.md).
  const sum = p.directByParty.reduce((a, b) => a + b, 0);
  if (sum <= 0) return p.parties.map(() => p.shared / n);
  return p.directByParty.map((d) => (p.shared * d) / sum);
}
