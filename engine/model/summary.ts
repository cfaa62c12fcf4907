// The command line's JSON (MODEL.md "Command line summary"): a stable, small view of the result.
// Key order is fixed here, so the same result always serialises to the same bytes.
import type { ComputeResult, StepId } from './result';
import { coFinancingSummaryJson, type CoFinancingSummaryJson } from '../cofinancing/summary-json';
import { roundQuantity } from './money';
import { proposalSummaryJson, type ProposalSummaryJson } from '../measures/summary-json';
import type { BalancingResult } from '../balancing/balance';

/** H4 adds allocation, cofinancing, budgets, capitalCharges and fairness (engine/cofinancing/summary-json.ts). */
export interface SummaryJson extends CoFinancingSummaryJson, ProposalSummaryJson {
  scenario: string;
  currency: 'EUR';
  meta: { method: string; app: string; input: string; computedAt: string };
  steps: { id: StepId; financialPV: number; societalPV: number }[];
  savings: Record<'bundling' | 'differentiation' | 'citizen' | 'total', { financial: number; societal: number }>;
  parties: { id: string; separatePV: number; integratedPV: number; saving: number; flagged: boolean }[];
  projects: { step: StepId; neighbourhood: string; year: number; works: string[]; shared: number; disruption: number }[];
  /** H3: per variant work its candidates (life-cycle PV, eligible or why not) and the choice. */
  variants: {
    work: string; neighbourhood: string; group: string; generic: string; chosen: string; forced: boolean; saving: number;
    candidates: { variant: string; eligible: boolean; pv: number; whyNot: { condition: string; values: Record<string, number> }[] }[];
  }[];
  /** H3: citizen maintenance hours per neighbourhood and year (hours to two decimals). */
  hours: { neighbourhood: string; year: number; contractorHoursBefore: number; contractorHours: number; residentHours: number }[];
  /** Per neighbourhood and step (engine/model/neighbourhoods.ts): PVs that add up to the step totals
   *  to the cent, and savings that add up to the scenario's savings. */
  neighbourhoods: {
    id: string; name: string;
    steps: {
      step: StepId; financialPV: number; societalPV: number; works: string[]; projects: string[]; bundles: string[];
      moved: { work: string; from: number; to: number }[]; disruptionDays: number; contractorHours: number; residentHours: number;
    }[];
    savings: Record<'bundling' | 'differentiation' | 'citizen' | 'total', { financial: number; societal: number }>;
  }[];
}

const hours2 = (h: number): number => roundQuantity(h, 2);

/** `balancing`: an offer already made (the Shapley key needs the scenario); default: pro rata to
 *  separate cost. */
export function toSummaryJson(r: ComputeResult, balancing?: BalancingResult): SummaryJson {
  const amounts = (a: { financial: number; societal: number }) => ({ financial: a.financial, societal: a.societal });
  return {
    scenario: r.scenario,
    currency: r.currency,
    meta: { method: r.meta.method, app: r.meta.app, input: r.meta.input, computedAt: r.meta.computedAt },
    steps: r.steps.map((s) => ({ id: s.id, financialPV: s.pv.financial, societalPV: s.pv.societal })),
    savings: {
      bundling: amounts(r.savings.bundling),
      differentiation: amounts(r.savings.differentiation),
      citizen: amounts(r.savings.citizen),
      total: amounts(r.savings.total),
    },
    parties: r.parties.map((p) => ({
      id: p.id, separatePV: p.pv.separate, integratedPV: p.pv.integrated, saving: p.saving, flagged: p.flagged,
    })),
    projects: r.steps.flatMap((s) => s.projects.map((p) => ({
      step: s.id, neighbourhood: p.neighbourhood, year: p.year, works: p.works, shared: p.shared, disruption: p.disruption,
    }))),
    variants: (r.variants ?? []).map((v) => ({
      work: v.work, neighbourhood: v.neighbourhood, group: v.group, generic: v.generic, chosen: v.chosen,
      forced: v.forced, saving: v.saving,
      candidates: v.candidates.map((c) => ({ variant: c.variant, eligible: c.eligible, pv: c.pv, whyNot: c.whyNot })),
    })),
    hours: (r.hours ?? []).map((h) => ({
      neighbourhood: h.neighbourhood, year: h.year, contractorHoursBefore: hours2(h.contractorHoursBefore),
      contractorHours: hours2(h.contractorHours), residentHours: hours2(h.residentHours),
    })),
    ...coFinancingSummaryJson(r),
    neighbourhoods: (r.neighbourhoods ?? []).map((n) => ({
      id: n.id, name: n.name,
      steps: n.steps.map((s) => ({
        step: s.step, financialPV: s.pv.financial, societalPV: s.pv.societal, works: s.works, projects: s.projects,
        bundles: s.bundles, moved: s.moved, disruptionDays: s.disruptionDays,
        contractorHours: s.hours.contractor, residentHours: s.hours.resident,
      })),
      savings: {
        bundling: amounts(n.savings.bundling), differentiation: amounts(n.savings.differentiation),
        citizen: amounts(n.savings.citizen), total: amounts(n.savings.total),
      },
    })),
    ...proposalSummaryJson(r, balancing),
  };
}

/** JSON text of the summary, two-space indented, newline at the end. */
export function summaryJsonText(r: ComputeResult, balancing?: BalancingResult): string {
  return `${JSON.stringify(toSummaryJson(r, balancing), null, 2)}\n`;
}
