// MODEL.md "Time and money" (rounding of steps, savings and splits) and "Parties, allocation and
// co-financing", through compute() and by hand.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../engine/scenario/schema';
import { build, run, step } from './helpers';

describe('savings are differences of the rounded steps', () => {
  // D = 0 (no residual), r = 0, tenderFixed €0.003, a manual bundle (optimal would keep them apart:
  // within €0.005 the plan with more projects wins). Separate: two projects, 0.006 → €0.01.
  // Bundled: one project, 0.003 → €0.00. Saving = 0.01 − 0.00 = 0.01, although 0.006 − 0.003 = 0.003 → 0.00.
  const r = run(build({
    settings: { tenderFixed: 0.003, bundleMode: 'manual' },
    works: [{ quantity: 0, bundle: 'X' }, { quantity: 0, bundle: 'X' }],
  }));
  it('steps rounded first', () => {
    expect(step(r, 'separate').pv.financial).toBe(0.01);
    expect(step(r, 'bundled').pv.financial).toBe(0);
  });
  it('saving in integer cents of the rounded steps; the parts add up to the total', () => {
    expect(r.savings.bundling.financial).toBe(0.01);
    expect(r.savings.total.financial).toBe(0.01);
    expect(r.savings.differentiation.financial + r.savings.citizen.financial).toBe(0);
  });
});

describe('per-party figures of a step: a split of the rounded step to the cent', () => {
  // One horizon year, r = 0, D = 0: each party's PV is its work's currentOpex.
  const opex = (parties: string[], values: number[]) => run(build({
    settings: { horizonYears: 1 }, parties,
    works: values.map((v, i) => ({ party: ['A', 'B', 'C'][i], plannedYear: 2026, quantity: 0, currentOpex: v })),
  }));
  const pv = (r: ReturnType<typeof run>) => Object.fromEntries(step(r, 'separate').parties.map((p) => [p.party, p.pv]));

  it('equal errors: the missing cent goes to the first party in Parties-sheet order (C, A, B)', () => {
    // 1/3 each: step 1.00; parts 0.33 each (sum 0.99); +1 cent to C, first on the Parties sheet
    const r = opex(['C', 'A', 'B'], [1 / 3, 1 / 3, 1 / 3]);
    expect(step(r, 'separate').pv.financial).toBe(1);
    expect(pv(r)).toEqual({ C: 0.34, A: 0.33, B: 0.33 });
  });
  it('largest rounding error in the needed direction first: up', () => {
    // 0.3348 + 0.3349 + 0.3303 = 1.0000; parts 0.33 + 0.33 + 0.33 = 0.99; errors 0.48, 0.49, 0.03 cent → B
    const r = opex(['A', 'B', 'C'], [0.3348, 0.3349, 0.3303]);
    expect(pv(r)).toEqual({ A: 0.33, B: 0.34, C: 0.33 });
  });
  it('largest rounding error in the needed direction first: down', () => {
    // 0.3351 + 0.3352 + 0.3297 = 1.0000; parts 0.34 + 0.34 + 0.33 = 1.01; rounded up by 0.49, 0.48, 0.03 → A
    const r = opex(['A', 'B', 'C'], [0.3351, 0.3352, 0.3297]);
    expect(pv(r)).toEqual({ A: 0.33, B: 0.34, C: 0.33 });
  });
});

describe('shared costs', () => {
  it('a multi-party project with no direct cost splits pro rata over a zero total: equally', () => {
    // A and B, D = 0, tender 100 → one project; direct rule over 0 + 0 → 50 / 50
    const r = run(build({ settings: { tenderFixed: 100 }, works: [{ quantity: 0 }, { party: 'B', quantity: 0 }] }));
    const p = step(r, 'bundled').projects[0]!;
    expect(p.parties).toEqual(['A', 'B']);
    expect(p.allocation).toEqual([{ party: 'A', amount: 50 }, { party: 'B', amount: 50 }]);
  });
  it('standalone over a zero total (no stand-alone shared cost): equally', () => {
    // direct 300 and 100 but no shared-cost setting except coordination: c({A}) = c({B}) = 0, c(AB) = 40
    const r = run(build({
      settings: { coordinationPerExtraParty: 40, allocationRule: 'standalone' },
      works: [{ quantity: 3, unitCost: 100 }, { party: 'B', quantity: 1, unitCost: 100, plannedYear: 2028 }],
    }));
    const p = step(r, 'bundled').projects;
    // bundling costs 40 more and saves nothing: the optimiser keeps them apart. Force it with a manual bundle:
    expect(p).toHaveLength(2);
    const m = run(build({
      settings: { bundleMode: 'manual', coordinationPerExtraParty: 40, allocationRule: 'standalone' },
      works: [{ quantity: 3, unitCost: 100, bundle: 'X' }, { party: 'B', quantity: 1, unitCost: 100, bundle: 'X' }],
    }));
    expect(step(m, 'bundled').projects[0]!.allocation).toEqual([{ party: 'A', amount: 20 }, { party: 'B', amount: 20 }]);
  });
});

describe('the parties of a project are the owners after variants are resolved', () => {
  // W1 (A, plain) and W2 (variant group g; its row says party C, which the variant overrides). The
  // generic variant belongs to A, the cheaper alternative to B. Tender 1000, coordination 500.
  const input = (): Parameters<typeof build>[0] => ({
    settings: { tenderFixed: 1000, coordinationPerExtraParty: 500 },
    works: [{}, { party: 'C', variantGroup: 'g', quantity: undefined, unitCost: undefined, lifetimeYears: undefined }],
    variants: [
      { id: 'gen', group: 'g', party: 'A', generic: true, quantity: 1, unitCost: 1000, lifetimeYears: 100 },
      { id: 'alt', group: 'g', party: 'B', quantity: 1, unitCost: 800, lifetimeYears: 100, tags: ['x'] },
    ],
  });
  const r = run(build(input()));
  const coordination = (id: 'bundled' | 'differentiated') =>
    step(r, id).projects[0]!.lines.find((l) => l.key === 'coordination')!.base;

  it('bundled (generic variant of A): one party, no coordination', () => {
    expect(step(r, 'bundled').projects[0]!.parties).toEqual(['A']);
    expect(coordination('bundled')).toBe(0);
  });
  it('differentiated (alt of B): two parties, 500 × (2 − 1)', () => {
    expect(step(r, 'differentiated').projects[0]!.parties).toEqual(['A', 'B']);
    expect(coordination('differentiated')).toBe(500);
  });
  it('the party on the variant work row owns nothing: a co-financing-only party is not flagged', () => {
    // C funds works tagged x: only alt carries the tag, so C pays 800 in integrated and 0 in separate.
    const s = build({ ...input(), coFinancing: [{ id: 'r', funder: 'C', share: 1, tags: ['x'] }] as ScenarioInput['coFinancing'] });
    const c = run(s).parties.find((p) => p.id === 'C')!;
    expect(c.pv.integrated).toBeGreaterThan(c.pv.separate);
    expect(c.ownsWorks).toBe(false);
    expect(c.flagged).toBe(false);
  });
});

describe('co-financing cap is nominal (escalated euros)', () => {
  // e = 10%, r = 0. W1 (A) D = 1000 in 2027 → nominal 1100; W2 (A) D = 1000 in 2028 → nominal 1210.
  // B funds share 1 up to a cap of 1500: pays 1100 for W1, then 400 of W2, nothing for later executions.
  const r = run(build({
    settings: { escalationRate: 0.1, bundleMode: 'none' },
    works: [{ plannedYear: 2027 }, { plannedYear: 2028 }],
    coFinancing: [{ id: 'cap', funder: 'B', share: 1, cap: 1500 }],
  }));
  const co = r.cofinancing!.find((c) => c.step === 'separate')!;
  it('flows in nominal euros, earlier years first, up to the cap', () => {
    expect(co.flows.map((f) => [f.work, f.year, f.amount])).toEqual([['W1', 2027, 1100], ['W2', 2028, 400]]);
    expect(co.rules[0]).toMatchObject({ paid: 1500, cap: 1500, capReachedIn: 2028 });
  });
  it('moves the amounts from owner to funder; the residual credit stays with the owner', () => {
    const b = step(r, 'separate').parties.find((p) => p.party === 'B')!;
    expect(b.cash[1]).toBe(1100);
    expect(b.cash[2]).toBe(400);
    expect(b.cash[9]).toBe(0);
    const a = step(r, 'separate').parties.find((p) => p.party === 'A')!;
    expect(a.cash[2]).toBe(1210 - 400);
    // residual (T = 100): W1 1000 × (2027 + 100 − 2035)/100 = 920, W2 930; nominal −1850 × 1.1^9
    expect(a.cash[9]).toBe(Math.round(-1850 * 1.1 ** 9 * 100) / 100);
  });
});

describe('variant candidates report their PV rounded like every amount', () => {
  // Horizon 2026–2027, r = 0, e = 100%: a variant work D = 0.25 in 2026, T = 4. Residual in 2027:
  // 0.25 × min(4, 2026 + 4 − 2027)/4 = 0.1875, nominal × 2 = 0.375. PV alone 0.25 − 0.375 = −0.125 exactly:
  // half away from zero gives −0.13 (not −0.12).
  it('a negative half cent rounds away from zero', () => {
    const r = run(build({
      settings: { horizonYears: 2, escalationRate: 1 },
      works: [{ plannedYear: 2026, variantGroup: 'g', party: undefined, quantity: undefined, unitCost: undefined, lifetimeYears: undefined }],
      variants: [{ id: 'v', group: 'g', party: 'A', generic: true, quantity: 1, unitCost: 0.25, lifetimeYears: 4 }],
    }));
    expect(r.variants![0]!.candidates[0]!.pv).toBe(-0.13);
    expect(step(r, 'separate').pv.financial).toBe(-0.13);
  });
});
