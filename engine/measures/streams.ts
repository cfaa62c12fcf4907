// A step's costs per year split into investment and operational, nominal euros (docs/method.md
// "Measures"). Investment: the first executions' project costs a party bears (direct, its share of
// the shared costs, deferral) and the co-financing on first executions (paid adds, received
// subtracts); societal adds the first executions' disruption. Operational: everything else in the
// step's cash — opex, replacements with their co-financing, the residual-value credit, citizen
// maintenance; societal adds replacement disruption and valued volunteer time.
import { deferralByParty } from '../model/evaluate';
import type { ComputeResult, StepResult } from '../model/result';

export interface SplitStreams {
  /** [party index][year index], nominal. */
  investment: number[][];
  operational: number[][];
  /** Scenario societal-only, per year: first-execution disruption and the rest. */
  societalInvestment: number[];
  societalOperational: number[];
}

export function splitStreams(result: ComputeResult, step: StepResult): SplitStreams {
  const H = result.years.length;
  const base = result.settings.baseYear;
  const esc = (year: number) => Math.pow(1 + result.settings.escalationRate, year - base);
  const order = new Map(step.parties.map((p, i) => [p.party, i]));
  const investment = step.parties.map(() => new Array<number>(H).fill(0));
  const add = (party: string, year: number, v: number) => {
    const p = order.get(party);
    const i = year - base;
    if (p === undefined || i < 0 || i >= H) return;
    investment[p]![i] = (investment[p]![i] as number) + v;
  };
  // One pass over the works: looking a project's owners up per project would scan every work for
  // every project (a city has ~30,000 projects and 50,000 works per step).
  const direct = new Map<string, number>();
  const firstYear = new Map<string, number>();
  const owner = new Map<string, string>();
  for (const w of step.works) {
    direct.set(w.work, w.inputs.direct);
    firstYear.set(w.work, w.year);
    owner.set(w.work, w.party);
  }
  const societalInvestment = new Array<number>(H).fill(0);
  for (const p of step.projects) {
    const e = esc(p.year);
    for (const id of p.works) add(owner.get(id) ?? '', p.year, (direct.get(id) ?? 0) * e);
    for (const a of p.allocation) add(a.party, p.year, a.amount);
    for (const d of deferralByParty(p)) add(d.party, p.year, d.amount);
    const i = p.year - base;
    if (i >= 0 && i < H) societalInvestment[i] = (societalInvestment[i] as number) + p.disruption;
  }
  const cof = result.cofinancing?.find((c) => c.step === step.id);
  for (const f of cof?.flows ?? []) {
    if (f.replacement || firstYear.get(f.work) !== f.year) continue;
    add(f.funder, f.year, f.amount);
    add(f.owner, f.year, -f.amount);
  }
  const operational = step.parties.map((p, k) => p.cash.map((c, i) => c - (investment[k]![i] as number)));
  const soc = step.societalCash ?? new Array<number>(H).fill(0);
  const societalOperational = soc.map((c, i) => c - (societalInvestment[i] as number));
  return { investment, operational, societalInvestment, societalOperational };
}
