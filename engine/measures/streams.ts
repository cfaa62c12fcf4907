// A step's costs per year split into investment and operational, nominal euros (docs/method.md
// "Measures"). Investment: the first executions' project costs a party bears (direct, its share of
// the shared costs, deferral) and the co-financing on first executions (paid adds, received
// subtracts); societal adds the first executions' disruption. Operational: everything else in the
// step's cash — opex, replacements with their co-financing, the residual-value credit, citizen
// maintenance; societal adds replacement disruption and valued volunteer time.
import { deferralByParty } from '../model/evaluate';
import { costedWorks } from '../model/lines';
import type { ResolvedWork } from '../model/resolved-work';
import type { ComputeResult, ProjectResult, StepResult, WorkPlan } from '../model/result';

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
  // A project's owners and direct costs from the works evaluate costed it from (engine/model/lines),
  // else from the step's work plans by id (a result made elsewhere): filling and reading maps of a
  // city step's 50,000 ids was most of this function's time.
  let byId: Map<string, WorkPlan> | undefined;
  const planOf = (id: string) => (byId ??= new Map(step.works.map((w) => [w.work, w]))).get(id);
  const societalInvestment = new Array<number>(H).fill(0);
  for (const p of step.projects) {
    const e = esc(p.year);
    const costed = ownWorks(p);
    if (costed !== undefined) for (const w of costed) add(w.party, p.year, w.direct * e);
    else for (const id of p.works) { const w = planOf(id); add(w?.party ?? '', p.year, (w?.inputs.direct ?? 0) * e); }
    for (const a of p.allocation) add(a.party, p.year, a.amount);
    for (const d of deferralByParty(p)) add(d.party, p.year, d.amount);
    const i = p.year - base;
    if (i >= 0 && i < H) societalInvestment[i] = (societalInvestment[i] as number) + p.disruption;
  }
  const cof = result.cofinancing?.find((c) => c.step === step.id);
  for (const f of cof?.flows ?? []) {
    if (f.replacement || planOf(f.work)?.year !== f.year) continue;
    add(f.funder, f.year, f.amount);
    add(f.owner, f.year, -f.amount);
  }
  const operational = step.parties.map((p, k) => p.cash.map((c, i) => c - (investment[k]![i] as number)));
  const soc = step.societalCash ?? new Array<number>(H).fill(0);
  const societalOperational = soc.map((c, i) => c - (societalInvestment[i] as number));
  return { investment, operational, societalInvestment, societalOperational };
}

/** The resolved works of a project in its order, when evaluate kept them with it (their party and
 *  direct cost are its work plans'). */
function ownWorks(p: ProjectResult): readonly ResolvedWork[] | undefined {
  const ws = costedWorks(p) as readonly Partial<ResolvedWork>[] | undefined;
  if (ws === undefined || ws.length !== p.works.length) return undefined;
  for (let m = 0; m < ws.length; m++) {
    const w = ws[m]!;
    if (w.id !== p.works[m] || typeof w.party !== 'string' || typeof w.direct !== 'number') return undefined;
  }
  return ws as readonly ResolvedWork[];
}
