// The fast fixed-plan evaluator: the base plan's projects and life cycles flattened into typed
// arrays once, so one evaluation is plain arithmetic (no objects, no maps, no garbage). It repeats
// the formulas of engine/model/costs.ts (project cost table, replacements, opex, residual value);
// tests/uncertainty hold it to engineCostModel (which calls those functions) and to compute().
import { makeTimeline, type Timeline } from '../model/time';
import type { ComputeResult } from '../model/result';
import type { Scenario, Settings } from '../scenario/schema';
import { baseValues } from './inputs';
import { planStructure, stepCents, type FixedPlanModel } from './fixed-plan';
import type { StepCents } from './saving';

/** Settings the cost table reads, in a fixed slot order. */
const costSettings = [
  'engineeringFixed', 'engineeringRate', 'tenderFixed', 'participationFixed', 'siteFixed', 'sitePerDay',
  'openingCostPerM2', 'coordinationPerExtraParty', 'sequentialShare', 'discountRate', 'escalationRate',
] as const satisfies readonly (keyof Settings)[];

interface CompiledPlan {
  /** Per project: year index, first/end offsets into `members`, Σd, max d, opened area, parties − 1,
   *  deferral (base prices), disruption per day. */
  year: Int32Array;
  from: Int32Array;
  to: Int32Array;
  sumDays: Float64Array;
  maxDays: Float64Array;
  area: Float64Array;
  extraParties: Float64Array;
  deferral: Float64Array;
  perDay: Float64Array;
  /** Work table indices, project by project. */
  members: Int32Array;
}

export function fixedPlanModel(scenario: Scenario, result?: ComputeResult): FixedPlanModel {
  const ps = planStructure(scenario, result);
  const { ctx0, table } = ps;
  const tl0 = ctx0.tl;
  const W = table.length;
  // Per work: quantity, base unit cost, duration, opened area, lifetime, opex, disruption per day.
  const quantity = Float64Array.from(table, (w) => w.quantity);
  const unitCost0 = Float64Array.from(table, (w) => w.unitCost);
  const days = Float64Array.from(table, (w) => w.durationDays);
  const opened = Float64Array.from(table, (w) => w.openedArea);
  const life = Int32Array.from(table, (w) => w.lifetimeYears);
  const curOpex = Float64Array.from(table, (w) => w.currentOpex);
  const newOpex = Float64Array.from(table, (w) => w.annualOpex);
  const perDayW = Float64Array.from(table, (w) => ctx0.disruptionPerDay.get(w.neighbourhood) ?? 0);
  const costInput = Int32Array.from(ps.costInput);

  const plans: CompiledPlan[] = ps.plans.map((projects) => {
    const n = projects.length;
    const c: CompiledPlan = {
      year: new Int32Array(n), from: new Int32Array(n), to: new Int32Array(n), sumDays: new Float64Array(n),
      maxDays: new Float64Array(n), area: new Float64Array(n), extraParties: new Float64Array(n),
      deferral: new Float64Array(n), perDay: new Float64Array(n),
      members: Int32Array.from(projects.flatMap((p) => p.works)),
    };
    let at = 0;
    projects.forEach((p, k) => {
      const ws = p.works.map((i) => table[i]!);
      c.year[k] = p.year - tl0.base;
      c.from[k] = at;
      at += ws.length;
      c.to[k] = at;
      let sum = 0;
      let max = 0;
      let loose = 0;
      let def = 0;
      const streets = new Map<string, number>();
      for (const w of ws) {
        sum += w.durationDays;
        if (w.durationDays > max) max = w.durationDays;
        if (p.year > w.plannedYear) def += w.deferralCostPerYear * (p.year - w.plannedYear);
        if (w.streetKey === null) loose += w.openedArea;
        else if (w.openedArea > (streets.get(w.streetKey) ?? -1)) streets.set(w.streetKey, w.openedArea);
      }
      for (const a of streets.values()) loose += a;
      c.sumDays[k] = sum;
      c.maxDays[k] = max;
      c.area[k] = loose;
      c.extraParties[k] = Math.max(0, new Set(ws.map((w) => w.party)).size - 1);
      c.deferral[k] = def;
      c.perDay[k] = ctx0.disruptionPerDay.get(ws[0]!.neighbourhood) ?? 0;
    });
    return c;
  });

  const slotOf = new Map<string, number>(costSettings.map((k, i) => [k, i]));
  const settingSlots = ps.settingSlots.map(({ key, j }) => ({ slot: slotOf.get(key) ?? -1, j })).filter((x) => x.slot >= 0);
  const s0 = Float64Array.from(costSettings, (k) => ctx0.settings[k]);
  const set = new Float64Array(s0.length);
  const unitCost = new Float64Array(W);
  const direct = new Float64Array(W);
  const planPV = plans.map(() => ({ financial: 0, societal: 0 }));

  const evaluate = (values: ArrayLike<number>): StepCents => {
    set.set(s0);
    for (const { slot, j } of settingSlots) set[slot] = values[j] as number;
    const tl: Timeline = ps.movesTimeline
      ? makeTimeline({ ...ctx0.settings, discountRate: set[9] as number, escalationRate: set[10] as number })
      : tl0;
    for (let i = 0; i < W; i++) {
      const j = costInput[i] as number;
      const u = j < 0 ? (unitCost0[i] as number) : (values[j] as number);
      unitCost[i] = u;
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
    return stepCents(ps, factor, planPV);
  };
  return { inputs: ps.inputs, base: baseValues(ps.inputs), evaluate, result: ps.base };
}
