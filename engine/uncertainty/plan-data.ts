// The fixed-plan evaluator's data: the base plan's projects and life cycles flattened into typed
// arrays, plus the few settings and input slots the evaluation reads. Gathering it is the slow part
// (resolving the works, walking every project); ./compiled-plan.ts makes the evaluator from it in a
// few milliseconds. Plain data only (typed arrays, numbers, a settings object), so a worker can
// gather it and hand it to the page with its buffers transferred.
import type { Settings } from '../scenario/schema';
import type { PlanStructure } from './fixed-plan';

/** Settings the cost table reads, in a fixed slot order. */
export const costSettings = [
  'engineeringFixed', 'engineeringRate', 'tenderFixed', 'participationFixed', 'siteFixed', 'sitePerDay',
  'openingCostPerM2', 'coordinationPerExtraParty', 'sequentialShare', 'discountRate', 'escalationRate',
] as const satisfies readonly (keyof Settings)[];

export interface CompiledPlan {
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

export interface PlanData {
  /** The scenario's settings: the timeline is made from them (again, when an input moves a rate). */
  settings: Settings;
  /** Per table work: quantity, base unit cost, duration, opened area, lifetime, opex before and
   *  after, disruption per day, and the input that sets its unit cost (−1: none). */
  quantity: Float64Array;
  unitCost: Float64Array;
  days: Float64Array;
  opened: Float64Array;
  life: Int32Array;
  curOpex: Float64Array;
  newOpex: Float64Array;
  perDay: Float64Array;
  costInput: Int32Array;
  plans: CompiledPlan[];
  planOfStep: number[];
  /** Stream (citizen maintenance) amounts per step and year, base prices. */
  streams: { fin: Float64Array; soc: Float64Array }[];
  /** The cost settings' base values (slot order), and which input sets which slot. */
  costBase: Float64Array;
  settingSlots: { slot: number; j: number }[];
  /** Which input sets which setting (every ranged setting, cost table or not). */
  settingInputs: { key: keyof Settings; j: number }[];
  /** Every input's base value, in input order. */
  base: Float64Array;
  movesTimeline: boolean;
}

/** The evaluator's data for a plan taken apart (./fixed-plan planStructure). */
export function gatherPlanData(ps: PlanStructure): PlanData {
  const { ctx0, table } = ps;
  const tl0 = ctx0.tl;
  const nbPerDay = ctx0.disruptionPerDay;
  const plans = ps.plans.map((projects): CompiledPlan => {
    const n = projects.length;
    let total = 0;
    for (const p of projects) total += p.works.length;
    const c: CompiledPlan = {
      year: new Int32Array(n), from: new Int32Array(n), to: new Int32Array(n), sumDays: new Float64Array(n),
      maxDays: new Float64Array(n), area: new Float64Array(n), extraParties: new Float64Array(n),
      deferral: new Float64Array(n), perDay: new Float64Array(n), members: new Int32Array(total),
    };
    let at = 0;
    const streets = new Map<string, number>();
    const parties = new Set<string>();
    for (let k = 0; k < n; k++) {
      const p = projects[k]!;
      c.year[k] = p.year - tl0.base;
      c.from[k] = at;
      let sum = 0;
      let max = 0;
      let loose = 0;
      let def = 0;
      if (p.works.length === 1) {
        // A project of one work (every project of the separate step): no streets or parties to merge.
        const i = p.works[0]!;
        const w = table[i]!;
        c.members[at++] = i;
        c.to[k] = at;
        c.sumDays[k] = 0 + w.durationDays;
        c.maxDays[k] = w.durationDays > 0 ? w.durationDays : 0;
        c.area[k] = w.streetKey !== null && !(w.openedArea > -1) ? 0 : 0 + w.openedArea;
        c.deferral[k] = p.year > w.plannedYear ? 0 + w.deferralCostPerYear * (p.year - w.plannedYear) : 0;
        c.perDay[k] = nbPerDay.get(w.neighbourhood) ?? 0;
        continue;
      }
      streets.clear();
      parties.clear();
      for (const i of p.works) {
        const w = table[i]!;
        c.members[at++] = i;
        sum += w.durationDays;
        if (w.durationDays > max) max = w.durationDays;
        if (p.year > w.plannedYear) def += w.deferralCostPerYear * (p.year - w.plannedYear);
        if (w.streetKey === null) loose += w.openedArea;
        else if (w.openedArea > (streets.get(w.streetKey) ?? -1)) streets.set(w.streetKey, w.openedArea);
        parties.add(w.party);
      }
      for (const a of streets.values()) loose += a;
      c.to[k] = at;
      c.sumDays[k] = sum;
      c.maxDays[k] = max;
      c.area[k] = loose;
      c.extraParties[k] = Math.max(0, parties.size - 1);
      c.deferral[k] = def;
      c.perDay[k] = nbPerDay.get(table[p.works[0]!]!.neighbourhood) ?? 0;
    }
    return c;
  });
  // Plain loops: TypedArray.from with a map function takes the iterator path, ~50× slower here.
  const W = table.length;
  const quantity = new Float64Array(W), unitCost = new Float64Array(W), days = new Float64Array(W);
  const opened = new Float64Array(W), life = new Int32Array(W), curOpex = new Float64Array(W);
  const newOpex = new Float64Array(W), perDay = new Float64Array(W), costInput = new Int32Array(W);
  for (let i = 0; i < W; i++) {
    const w = table[i]!;
    quantity[i] = w.quantity;
    unitCost[i] = w.unitCost;
    days[i] = w.durationDays;
    opened[i] = w.openedArea;
    life[i] = w.lifetimeYears;
    curOpex[i] = w.currentOpex;
    newOpex[i] = w.annualOpex;
    perDay[i] = nbPerDay.get(w.neighbourhood) ?? 0;
    costInput[i] = ps.costInput[i]!;
  }
  const slotOf = new Map<string, number>(costSettings.map((k, i) => [k, i]));
  return {
    settings: ctx0.settings, quantity, unitCost, days, opened, life, curOpex, newOpex, perDay, costInput,
    plans,
    planOfStep: ps.planOfStep,
    streams: ps.streams,
    costBase: Float64Array.from(costSettings, (k) => ctx0.settings[k]),
    settingSlots: ps.settingSlots.map(({ key, j }) => ({ slot: slotOf.get(key) ?? -1, j })).filter((x) => x.slot >= 0),
    settingInputs: ps.settingSlots,
    base: Float64Array.from(ps.inputs, (i) => i.base),
    movesTimeline: ps.movesTimeline,
  };
}

/** The buffers of `d`, to transfer rather than copy. */
export function planDataTransfers(d: PlanData): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [
    d.quantity, d.unitCost, d.days, d.opened, d.life, d.curOpex, d.newOpex, d.perDay, d.costInput, d.costBase, d.base,
    ...d.plans.flatMap((c) => [c.year, c.from, c.to, c.sumDays, c.maxDays, c.area, c.extraParties, c.deferral, c.perDay, c.members]),
    ...d.streams.flatMap((s) => [s.fin, s.soc]),
  ];
  // A buffer may be listed once only (the steps' streams can share one).
  return [...new Set(arrays.map((a) => a.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer))];
}
