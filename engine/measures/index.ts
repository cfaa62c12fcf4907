// Measures per step against `separate`, for the scenario (both perspectives) and per party
// (financial; a party bears no societal-only cost). Built from a ComputeResult on demand: compute()
// never pays for them.
import { timingDelta } from '../model/time';
import type { ComputeResult, StepId } from '../model/result';
import { perspectiveMeasures, type MeasureReason, type PerspectiveMeasures } from './measures';
import { splitStreams, type SplitStreams } from './streams';

export type { Measure, MeasureReason, PerspectiveMeasures } from './measures';

export interface StepMeasures {
  step: StepId;
  financial: PerspectiveMeasures;
  /** null for a party, with `societalReason`. */
  societal: PerspectiveMeasures | null;
  societalReason?: MeasureReason;
}

export interface MeasuresResult {
  scenario: StepMeasures[];
  parties: { party: string; steps: StepMeasures[] }[];
}

const sum = (rows: number[][], H: number): number[] => {
  const out = new Array<number>(H).fill(0);
  for (const r of rows) for (let i = 0; i < H; i++) out[i] = (out[i] as number) + (r[i] as number);
  return out;
};
const plus = (a: readonly number[], b: readonly number[]) => a.map((v, i) => v + (b[i] as number));

export function measures(result: ComputeResult): MeasuresResult {
  const H = result.years.length;
  const set = {
    baseYear: result.settings.baseYear, discountRate: result.settings.discountRate,
    escalationRate: result.settings.escalationRate, delta: timingDelta[result.settings.discountTiming],
  };
  const ref = result.steps.find((s) => s.id === 'separate')!;
  const split = new Map<StepId, SplitStreams>(result.steps.map((s) => [s.id, splitStreams(result, s)]));
  const r = split.get('separate')!;
  const rInv = sum(r.investment, H), rOp = sum(r.operational, H);
  const others = result.steps.filter((s) => s.id !== 'separate');
  const scenario: StepMeasures[] = others.map((s) => {
    const x = split.get(s.id)!;
    const inv = sum(x.investment, H), op = sum(x.operational, H);
    return {
      step: s.id,
      financial: perspectiveMeasures(set, { refInvestment: rInv, refOperational: rOp, investment: inv, operational: op },
        ref.pv.financial - s.pv.financial),
      societal: perspectiveMeasures(set, {
        refInvestment: plus(rInv, r.societalInvestment), refOperational: plus(rOp, r.societalOperational),
        investment: plus(inv, x.societalInvestment), operational: plus(op, x.societalOperational),
      }, ref.pv.societal - s.pv.societal),
    };
  });
  const parties = result.parties.map((p, k) => ({
    party: p.id,
    steps: others.map((s): StepMeasures => {
      const x = split.get(s.id)!;
      return {
        step: s.id,
        financial: perspectiveMeasures(set, {
          refInvestment: r.investment[k]!, refOperational: r.operational[k]!, investment: x.investment[k]!, operational: x.operational[k]!,
        }, p.pv.separate - p.pv[s.id]),
        societal: null,
        societalReason: 'notPerParty',
      };
    }),
  }));
  return { scenario, parties };
}
