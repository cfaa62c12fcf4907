// The fast fixed-plan evaluator: made from the plan's data (./plan-data, typed arrays gathered
// once), so one evaluation is plain arithmetic (no objects, no maps, no garbage). It repeats the
// formulas of engine/model/costs.ts (project cost table, replacements, opex, residual value);
// tests/uncertainty hold it to engineCostModel (which calls those functions) and to compute().
import { makeTimeline, type Timeline } from '../model/time';
import type { ComputeResult } from '../model/result';
import type { Scenario } from '../scenario/schema';
import { planStructure, stepCents, type FixedPlanModel } from './fixed-plan';
import { gatherPlanData, type PlanData } from './plan-data';
import type { StepCents } from './saving';

export function fixedPlanModel(scenario: Scenario, result?: ComputeResult): FixedPlanModel {
  const ps = planStructure(scenario, result);
  const data = gatherPlanData(ps);
  return { inputs: ps.inputs, base: data.base, evaluate: planEvaluator(data), result: ps.base };
}

/** The evaluation of a plan's data: input values (in input order) to the four step values. */
export function planEvaluator(data: PlanData): (values: ArrayLike<number>) => StepCents {
  const { quantity, unitCost: unitCost0, days, opened, life, curOpex, newOpex, perDay: perDayW, costInput, plans } = data;
  const W = quantity.length;
  const tl0 = makeTimeline(data.settings);
  const s0 = data.costBase;
  const set = new Float64Array(s0.length);
  const direct = new Float64Array(W);
  const planPV = plans.map(() => ({ financial: 0, societal: 0 }));

  return (values: ArrayLike<number>): StepCents => {
    set.set(s0);
    for (const { slot, j } of data.settingSlots) set[slot] = values[j] as number;
    const tl: Timeline = data.movesTimeline
      ? makeTimeline({ ...data.settings, discountRate: set[9] as number, escalationRate: set[10] as number })
      : tl0;
    for (let i = 0; i < W; i++) {
      const j = costInput[i] as number;
      const u = j < 0 ? (unitCost0[i] as number) : (values[j] as number);
      direct[i] = (quantity[i] as number) * u;
    }
    const engF = set[0] as number, engR = set[1] as number, tender = set[2] as number, partic = set[3] as number;
    const siteF = set[4] as number, spd = set[5] as number, open = set[6] as number, coord = set[7] as number;
    const seq = set[8] as number;
    const fixedPerProject = engF + tender + partic + siteF;
    const factor = tl.factor;
    const cum = tl.cumFactor;
    const H = tl.length;
    const fLast = factor[H - 1] as number;
    const cumAll = cum[H] as number;
    plans.forEach((c, pi) => {
      let fin = 0;
      let soc = 0;
      const n = c.year.length;
      for (let k = 0; k < n; k++) {
        const ti = c.year[k] as number;
        const f = factor[ti] as number;
        let D = 0;
        const end = c.to[k] as number;
        for (let m = c.from[k] as number; m < end; m++) D += direct[c.members[m] as number] as number;
        const maxD = c.maxDays[k] as number;
        const dd = maxD + seq * ((c.sumDays[k] as number) - maxD);
        const shared = fixedPerProject + engR * D + spd * dd + open * (c.area[k] as number) + coord * (c.extraParties[k] as number);
        fin += f * (D + shared + (c.deferral[k] as number));
        soc += f * dd * (c.perDay[k] as number);
        // Life cycles of the project's works (engine/model/costs.ts lifeCyclePV).
        for (let m = c.from[k] as number; m < end; m++) {
          const w = c.members[m] as number;
          const T = life[w] as number;
          const Dw = direct[w] as number;
          let fr = 0;
          let y = ti + T;
          for (; y < H; y += T) fr += factor[y] as number;
          if (fr !== 0) {
            const dw = days[w] as number;
            const single = Dw + fixedPerProject + engR * Dw + spd * dw + open * (opened[w] as number);
            fin += fr * single;
            soc += fr * dw * (perDayW[w] as number);
          }
          const split = (cum[ti + 1] as number) - (cum[0] as number);
          fin += (curOpex[w] as number) * split + (newOpex[w] as number) * (cumAll - (cum[ti + 1] as number));
          // Residual value: the last execution y − T; remaining life beyond the horizon's last year.
          const remaining = Math.min(T, Math.max(0, y - (H - 1)));
          if (remaining !== 0) fin -= ((Dw * remaining) / T) * fLast;
        }
      }
      planPV[pi]!.financial = fin;
      planPV[pi]!.societal = soc;
    });
    return stepCents(data, factor, planPV);
  };
}
