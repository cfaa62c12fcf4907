// The allocation of the integrated step's multi-party projects with its core check: for each
// coalition S of a project's parties, c(S) is the shared cost of the project holding only S's works.
import { coreViolation } from '../allocation/core';
import { maxGameParties, popcount } from '../allocation/game';
import type { ModelContext } from '../model/context';
import { groupShared, oneWorkShared } from '../model/costs';
import { toCents } from '../model/money';
import type { ResolvedWork } from '../model/resolve';
import type { StepResult } from '../model/result';
import type { AllocationResult, ProjectAllocationResult } from './result';
import { stepWorks } from './works-index';

export function allocationView(ctx: ModelContext, works: readonly ResolvedWork[], step: StepResult): AllocationResult {
  const of = stepWorks(works);
  const projects: ProjectAllocationResult[] = [];
  for (const p of step.projects) {
    if (p.parties.length < 2) continue;
    let inCore: boolean | null = null;
    let violation = null;
    if (p.parties.length <= maxGameParties) {
      const members = of.ofProject(p);
      // c(S) nominal, like the allocation it is compared with.
      const table = coalitionSharedCosts(ctx, members, p.parties, p.year);
      const cents = p.parties.map((q) => toCents(p.allocation.find((a) => a.party === q)?.amount ?? 0));
      violation = coreViolation(table, cents, p.parties);
      inCore = violation === null;
    }
    projects.push({
      step: step.id, project: p.id, neighbourhood: p.neighbourhood, year: p.year, shared: p.shared,
      parties: p.allocation.map((a) => ({ party: a.party, amount: a.amount })), inCore, violation,
    });
  }
  return { rule: ctx.settings.allocationRule, projects };
}

/**
 * Nominal c(S) for every coalition (index = mask over `parties`): what model/costs sharedCost()
 * gives for the sub-project of S's works, times the year's escalation. The same operations in the
 * same order (so the very same doubles, tests/cofinancing/coalition-costs.test.ts), without a
 * sub-project, map and set per coalition: a city checks ~500,000 coalitions.
 */
export function coalitionSharedCosts(ctx: ModelContext, members: readonly ResolvedWork[], parties: readonly string[], year: number): Float64Array {
  const s = ctx.settings;
  const e = ctx.tl.escal[year - ctx.tl.base] as number;
  const m = members.length;
  const bits = new Int32Array(m);
  // Streets by index in order of first appearance; -1: a street of its own.
  const street = new Int32Array(m);
  const keys: string[] = [];
  members.forEach((w, k) => {
    bits[k] = 1 << parties.indexOf(w.party);
    if (w.streetKey === null) street[k] = -1;
    else {
      const at = keys.indexOf(w.streetKey);
      street[k] = at >= 0 ? at : keys.push(w.streetKey) - 1;
    }
  });
  const widest = new Float64Array(keys.length);
  const seenIn = new Int32Array(keys.length); // the mask that last opened the street (masks are ≥ 1)
  const order = new Int32Array(keys.length); // streets in the order the coalition's works open them
  const table = new Float64Array(1 << parties.length);
  // Works per coalition: per party first, then each mask from a smaller one.
  const count = new Int32Array(table.length);
  for (const b of bits) if (b > 0 && b < table.length) count[b]!++;
  for (let mask = 1; mask < table.length; mask++) {
    const low = mask & -mask;
    if (mask !== low) count[mask] = (count[low] as number) + (count[mask ^ low] as number);
    if (count[mask] === 1) {
      // costs.ts oneWorkCost: a project of one work.
      let only = 0;
      while ((mask & (bits[only] as number)) === 0) only++;
      table[mask] = e * oneWorkShared(s, members[only] as ResolvedWork);
      continue;
    }
    // costs.ts groupCost without deferral.
    let direct = 0, sumDays = 0, maxDays = 0, looseArea = 0, streets = 0, partyBits = 0;
    for (let k = 0; k < m; k++) {
      if ((mask & (bits[k] as number)) === 0) continue;
      const w = members[k] as ResolvedWork;
      direct += w.direct;
      sumDays += w.durationDays;
      if (w.durationDays > maxDays) maxDays = w.durationDays;
      const st = street[k] as number;
      if (st < 0) looseArea += w.openedArea;
      else {
        const open = seenIn[st] === mask;
        if (w.openedArea > (open ? (widest[st] as number) : -1)) {
          if (!open) { seenIn[st] = mask; order[streets++] = st; }
          widest[st] = w.openedArea;
        }
      }
      partyBits |= bits[k] as number;
    }
    let area = looseArea;
    for (let j = 0; j < streets; j++) area += widest[order[j] as number] as number;
    const days = maxDays + s.sequentialShare * (sumDays - maxDays);
    table[mask] = e * groupShared(s, (count[mask] as number) > 0, direct, days, area, popcount(partyBits));
  }
  return table;
}
