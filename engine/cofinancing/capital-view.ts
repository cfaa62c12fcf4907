// The capital charges of each step (MODEL.md "Budget view"), booked straight from the step's plan:
// every execution activated with its share of the project's shared cost less the co-financing it
// received, existing assets, running costs per party and year, and contributions paid.
import { CapitalBook, type ExistingAsset } from '../capital/charges';
import { coFinancingOutcome } from '../model/cofinancing-hook';
import type { ModelContext } from '../model/context';
import { singleCost } from '../model/costs';
import { deferralByParty } from '../model/evaluate';
import { extraStreams } from '../model/extra-streams';
import { planColumns } from '../model/plan-columns';
import type { ResolvedSteps, ResolvedWork } from '../model/resolve';
import type { ProjectResult, StepResult } from '../model/result';
import type { CoFinancingFlow } from './apply';
import type { CapitalChargesStepResult } from './result';
import { stepWorks } from './works-index';

/** Capital charges of every step. Book order is the order the figures are summed in, so it fixes
 *  the last bits of every figure: activations (projects in order, then replacements in work
 *  order), existing assets, running costs, contributions. */
export function capitalViews(ctx: ModelContext, resolved: ResolvedSteps, steps: readonly StepResult[]): CapitalChargesStepResult[] {
  const parts: { key: readonly unknown[]; part: PlanPart }[] = [];
  return steps.map((step) => {
    const works = resolved[step.id];
    const outcome = coFinancingOutcome(ctx, step.id);
    const flows = outcome?.flows ?? [];
    // Steps with one plan (same works, projects and co-financing) book the same plan part.
    const key = [works, step.projects, step.works, outcome];
    let part = parts.find((p) => p.key.every((k, i) => k === key[i]))?.part;
    if (!part) parts.push({ key, part: (part = planPart(ctx, works, step, flows)) });
    const tl = ctx.tl, H = tl.length;
    const book = part.book.copy();
    for (const e of part.existing) book.exist(e);
    const running = new Map([...part.running].map(([party, row]) => [party, row.slice()]));
    for (const x of extraStreams(ctx, step.id)) {
      let row = running.get(x.party);
      if (!row) running.set(x.party, (row = new Float64Array(H)));
      for (let i = 0; i < H; i++) {
        const v = x.financial[i] ?? 0;
        if (v !== 0) row[i] = (row[i] as number) + v * (tl.escal[i] as number);
      }
    }
    for (const [party, row] of running) row.forEach((amount, i) => { if (amount !== 0) book.opex(party, tl.base + i, amount); });
    for (const f of flows) book.contribution(f.funder, f.year, f.amount);
    return { step: step.id, rows: book.rows() };
  });
}

/** What a plan books before its step's own streams: the activations, the existing assets to book
 *  after them, and the running costs (deferral and opex) per party and year. */
interface PlanPart {
  book: CapitalBook;
  existing: ExistingAsset[];
  running: Map<string, Float64Array>;
}

function planPart(ctx: ModelContext, works: readonly ResolvedWork[], step: StepResult, flows: readonly CoFinancingFlow[]): PlanPart {
  const tl = ctx.tl;
  const received = new Map<string, number>();
  for (const f of flows) {
    const k = `${f.work}\u0000${f.year}`;
    received.set(k, (received.get(k) ?? 0) + f.amount);
  }
  // Without co-financing (the common case) no key strings are built for 100,000 executions.
  const got = (work: string, year: number) => (received.size === 0 ? 0 : received.get(`${work}\u0000${year}`) ?? 0);
  const book = new CapitalBook(tl.base, tl.length, ctx.settings.interestRate, ctx.parties);

  // Running costs summed per party and year first: a city has 50,000 works × 50 years.
  const H = tl.length;
  const running = new Map<string, Float64Array>();
  const runningRow = (party: string): Float64Array => {
    let row = running.get(party);
    if (!row) running.set(party, (row = new Float64Array(H)));
    return row;
  };
  const of = stepWorks(works);
  for (const p of step.projects) {
    const members = of.ofProject(p);
    activateProject(ctx, book, p, members, got);
    // Not p.lines: reading them builds all nine lines of every project of every step. A project
    // none of whose works is late with a deferral cost has deferral 0 for every party.
    let late = false;
    for (let m = 0; m < members.length && !late; m++) late = p.year > members[m]!.plannedYear && members[m]!.deferralCostPerYear !== 0;
    if (late) {
      for (const d of deferralByParty(p)) {
        if (d.amount === 0) continue;
        const row = runningRow(d.party), i = p.year - tl.base;
        row[i] = (row[i] as number) + d.amount;
      }
    }
  }
  const existing: ExistingAsset[] = [];
  const escal = tl.escal;
  const plans = planColumns(step.works);
  const last = tl.last;
  for (let k = 0; k < plans.work.length; k++) {
    const w = of.ofPlan(k, plans.work[k]!), t = plans.year[k]!, T = w.lifetimeYears;
    // The plan's replacement years t+T, t+2T, … in the horizon (model/costs replacementYears).
    if (t + T <= last) {
      const single = singleCost(ctx, w);
      for (let y = t + T; y <= last; y += T) {
        book.activate(w.party, y, T, (w.direct + single.shared) * (escal[y - tl.base] as number) - got(w.id, y));
      }
    }
    // Current opex through t, the new asset's after; once per work, not per year (50,000 works ×
    // 50 years), each year still adding the works in order.
    const split = t - tl.base, cur = w.currentOpex, next = w.annualOpex;
    if (cur !== 0 || next !== 0) {
      const row = runningRow(w.party);
      if (cur !== 0) for (let i = 0, end = Math.min(split, H - 1); i <= end; i++) row[i] = (row[i] as number) + cur * (escal[i] as number);
      if (next !== 0) for (let i = Math.max(0, split + 1); i < H; i++) row[i] = (row[i] as number) + next * (escal[i] as number);
    }
    if (w.bookValue > 0) existing.push({ work: w.id, party: w.party, bookValue: w.bookValue, plannedYear: w.plannedYear, executedIn: t });
  }
  return { book, existing, running };
}

/** Activates each work of the project: direct + its party's allocated shared cost spread over the
 *  party's works pro rata direct cost (equally when they have none) − co-financing received,
 *  nominal; parties in allocation order, their works in project order. */
function activateProject(ctx: ModelContext, book: CapitalBook, p: ProjectResult, members: readonly ResolvedWork[],
  got: (work: string, year: number) => number): void {
  const e = ctx.tl.escal[p.year - ctx.tl.base] as number;
  if (members.length === 1) {
    // A one-work project (every project of `separate`): its owner's whole allocation is this work's.
    const w = members[0] as ResolvedWork;
    const a = p.allocation[0]!;
    const shared = w.direct > 0 ? (a.amount * w.direct) / w.direct : a.amount;
    book.activate(w.party, p.year, w.lifetimeYears, w.direct * e + shared - got(w.id, p.year));
    return;
  }
  for (const a of p.allocation) {
    let sum = 0, count = 0;
    for (const w of members) if (w.party === a.party) { sum += w.direct; count++; }
    for (const w of members) {
      if (w.party !== a.party) continue;
      const shared = sum > 0 ? (a.amount * w.direct) / sum : a.amount / count;
      book.activate(w.party, p.year, w.lifetimeYears, w.direct * e + shared - got(w.id, p.year));
    }
  }
}
