// The exact optimiser for a neighbourhood of up to 8 works. Each project's cost depends only on its
// own works and year (groupObjective), so the cheapest partition comes from a DP over subsets of
// units. MODEL.md's tie rule is lexicographic over whole plans within €0.005 of that optimum, which a
// DP cannot carry, so a second pass enumerates exactly those plans (branch and bound on the DP's
// lower bounds) and keeps the best by: fewest years moved in total, then more projects, then the
// earlier years in work-id order; then (our addition, for determinism) the lower cost, then the
// grouping whose works join the earliest work ids.
import type { ModelContext } from './context';
import { groupObjective } from './costs';
import type { ResolvedWork } from './resolved-work';
import { feasibleYears, movedYears, type Unit } from './units';

export interface PlannedGroup {
  year: number;
  works: ResolvedWork[];
}

interface Option {
  year: number;
  cost: number;
  moved: number;
}

interface Candidate {
  groups: { mask: number; year: number }[];
  cost: number;
  moved: number;
}

export function exactPlan(ctx: ModelContext, units: readonly Unit[]): PlannedGroup[] {
  const m = units.length;
  if (m === 0) return [];
  if (m > 16) throw new Error('exactPlan: too many units');
  const size = 1 << m;
  const full = size - 1;
  const options: Option[][] = new Array(size);
  const groupBest = new Float64Array(size).fill(Infinity);
  const worksOf: ResolvedWork[][] = new Array(size);
  worksOf[0] = [];
  for (let mask = 1; mask < size; mask++) {
    const us = units.filter((_, i) => mask & (1 << i));
    const ws = us.flatMap((u) => u.works);
    worksOf[mask] = ws;
    const opts: Option[] = [];
    for (const t of feasibleYears(us)) {
      const cost = groupObjective(ctx, ws, t);
      opts.push({ year: t, cost, moved: movedYears(ws, t) });
      if (cost < (groupBest[mask] as number)) groupBest[mask] = cost;
    }
    options[mask] = opts;
  }
  // best[mask]: cheapest partition of the units in mask (the lowest unit picks its group).
  const best = new Float64Array(size).fill(Infinity);
  best[0] = 0;
  for (let mask = 1; mask < size; mask++) {
    const low = mask & -mask;
    const rest = mask ^ low;
    let v = Infinity;
    for (let sub = rest; ; sub = (sub - 1) & rest) {
      const g = sub | low;
      const c = (groupBest[g] as number) + (best[mask ^ g] as number);
      if (c < v) v = c;
      if (sub === 0) break;
    }
    best[mask] = v;
  }
  const limit = (best[full] as number) + 0.005 + 1e-9;

  // Work positions in id order, for the year vector and the grouping key.
  const allWorks = units.flatMap((u) => u.works).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pos = new Map(allWorks.map((w, i) => [w, i]));
  let winner: Candidate | null = null;
  let winnerKey: number[] | null = null;

  const chosen: { mask: number; year: number }[] = [];
  const dfs = (rest: number, cost: number, moved: number): void => {
    if (winner !== null && moved > winner.moved) return;
    if (rest === 0) {
      const cand: Candidate = { groups: chosen.slice(), cost, moved };
      const key = planKey(cand, worksOf, pos, allWorks.length);
      if (winner === null || better(cand, key, winner, winnerKey!)) {
        winner = cand;
        winnerKey = key;
      }
      return;
    }
    const low = rest & -rest;
    const others = rest ^ low;
    for (let sub = others; ; sub = (sub - 1) & others) {
      const g = sub | low;
      const remainingBound = best[rest ^ g] as number;
      for (const o of options[g]!) {
        if (cost + o.cost + remainingBound > limit) continue;
        chosen.push({ mask: g, year: o.year });
        dfs(rest ^ g, cost + o.cost, moved + o.moved);
        chosen.pop();
      }
      if (sub === 0) break;
    }
  };
  dfs(full, 0, 0);
  const w = winner as Candidate | null;
  if (w === null) throw new Error('exactPlan: no feasible plan');
  return w.groups.map((g) => ({ year: g.year, works: worksOf[g.mask]! }));
}

/** [−projects, year per work (id order)…, first-work position per work…] — compared after moved. */
function planKey(c: Candidate, worksOf: ResolvedWork[][], pos: Map<ResolvedWork, number>, n: number): number[] {
  const years = new Array<number>(n).fill(0);
  const leader = new Array<number>(n).fill(0);
  for (const g of c.groups) {
    const ws = worksOf[g.mask]!;
    let first = n;
    for (const w of ws) first = Math.min(first, pos.get(w)!);
    for (const w of ws) {
      years[pos.get(w)!] = g.year;
      leader[pos.get(w)!] = first;
    }
  }
  return [-c.groups.length, ...years, ...leader];
}

/** Costs closer than this are the same number summed in another order. */
export const costNoise = 1e-7;

function better(a: Candidate, ak: number[], b: Candidate, bk: number[]): boolean {
  if (a.moved !== b.moved) return a.moved < b.moved;
  const n = (ak.length - 1) / 2;
  // projects, then years
  for (let i = 0; i <= n; i++) if (ak[i] !== bk[i]) return (ak[i] as number) < (bk[i] as number);
  if (Math.abs(a.cost - b.cost) > costNoise) return a.cost < b.cost;
  for (let i = n + 1; i < ak.length; i++) if (ak[i] !== bk[i]) return (ak[i] as number) < (bk[i] as number);
  return false;
}
