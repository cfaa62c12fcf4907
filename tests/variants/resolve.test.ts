// Variant choice by hand, with a present value that is simply the direct cost (quantity × unit
// cost), so every expected number can be checked on paper. The engine-integrated cases (real life
// cycle PV through compute) are in ./compute.test.ts.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../engine/problems';
import { scenarioSchema, type ScenarioInput, type Work } from '../../engine/scenario/schema';
import { compileVariants } from '../../engine/variants/compile';
import { resolveVariants } from '../../engine/variants/resolve';
import { validateVariants, variantReferenceProblems } from '../../engine/variants/validate';

const direct = (w: Work) => (w.quantity ?? 0) * (w.unitCost ?? 0);

const rainwater = [
  { id: 'sep', group: 'rain', name: 'gescheiden stelsel', party: 'gem', generic: true, quantity: 'households', unitCost: 4500, lifetimeYears: 60, annualOpexPerUnit: 10 },
  { id: 'vgs', group: 'rain', name: 'verbeterd gescheiden', party: 'gem', quantity: 'households', unitCost: 4700, lifetimeYears: 60, annualOpexPerUnit: 13 },
  { id: 'afk', group: 'rain', name: 'afkoppelen en infiltreren', party: 'ws', quantity: 'households * pavedM2', unitCost: 45, lifetimeYears: 40, annualOpexPerUnit: 0.5, eligibility: 'infiltrationClass >= 2 and groundwaterDepth >= 0.7', tags: ['klimaat'] },
];

function build(over: Partial<ScenarioInput> = {}) {
  return scenarioSchema.parse({
    settings: { baseYear: 2025, horizonYears: 30 },
    neighbourhoods: [
      { id: 'N1', households: 100, attributes: { infiltrationClass: 3, groundwaterDepth: 1.2, pavedM2: 40 } },
      { id: 'N2', households: 200, attributes: { infiltrationClass: 1, groundwaterDepth: 0.5, pavedM2: 40 } },
    ],
    parties: [{ id: 'gem' }, { id: 'ws' }],
    works: [
      { id: 'W1', neighbourhood: 'N1', plannedYear: 2030, variantGroup: 'rain', street: 'Dorpsstraat', bookValue: 5, deferralCostPerYear: 7, maxDeferYears: 2 },
      { id: 'W2', neighbourhood: 'N2', plannedYear: 2031, variantGroup: 'rain' },
      { id: 'R1', neighbourhood: 'N1', party: 'gem', plannedYear: 2030, quantity: 10, unitCost: 100, lifetimeYears: 30 },
    ],
    variants: rainwater,
    ...over,
  });
}

describe('variant choice', () => {
  it('takes the cheapest eligible variant per work, the generic one where none is cheaper or eligible', () => {
    const s = build();
    const r = resolveVariants(s, direct);
    expect(r.choices.map((c) => [c.work, c.chosen])).toEqual([['W1', 'afk'], ['W2', 'sep']]);
    const w1 = r.choices[0]!;
    expect(w1.candidates.map((c) => [c.variant, c.eligible, c.pv])).toEqual([
      ['sep', true, 450000], ['vgs', true, 470000], ['afk', true, 180000],
    ]);
    expect(w1.saving).toBe(270000);
    expect(w1.generic).toBe('sep');
    expect(w1.forced).toBe(false);
    // N2: afk not eligible, with the failing conditions and the values read
    const w2 = r.choices[1]!;
    expect(w2.candidates[2]).toEqual({
      variant: 'afk', name: 'afkoppelen en infiltreren', generic: false, eligible: false, pv: 360000,
      whyNot: [
        { condition: 'infiltrationClass >= 2', values: { infiltrationClass: 1 } },
        { condition: 'groundwaterDepth >= 0.7', values: { groundwaterDepth: 0.5 } },
      ],
    });
    expect(w2.saving).toBe(0);
  });

  it('gives generic works in separate/bundled and chosen works later, keeping the row fields', () => {
    const s = build();
    const r = resolveVariants(s, direct);
    expect(r.genericWorks.map((w) => w.variant)).toEqual(['sep', 'sep', undefined]);
    expect(r.chosenWorks.map((w) => w.variant)).toEqual(['afk', 'sep', undefined]);
    const w1 = r.chosenWorks[0]!;
    expect(w1).toMatchObject({
      id: 'W1', neighbourhood: 'N1', plannedYear: 2030, street: 'Dorpsstraat', bookValue: 5, deferralCostPerYear: 7,
      maxDeferYears: 2, party: 'ws', quantity: 4000, unitCost: 45, lifetimeYears: 40, annualOpex: 2000,
      tags: ['klimaat'], durationDays: 0, openedArea: 0,
    });
    // the existing asset does not change with the choice: currentOpex is the generic variant's opex
    expect(w1.currentOpex).toBe(1000);
    expect(r.genericWorks[0]!.currentOpex).toBe(1000);
    // a work without a group passes through unchanged
    expect(r.chosenWorks[2]).toBe(s.works[2]);
  });

  it("a work row's own currentOpex wins over the generic variant's", () => {
    const s = build();
    s.works[0] = { ...s.works[0]!, currentOpex: 123 };
    const r = resolveVariants(s, direct);
    expect(r.chosenWorks[0]!.currentOpex).toBe(123);
  });

  it('ties go to the variant listed first', () => {
    const twin = { ...rainwater[2]!, id: 'afk2', name: 'wadi' };
    const s1 = build({ variants: [...rainwater, twin] });
    expect(resolveVariants(s1, direct).choices[0]!.chosen).toBe('afk');
    const s2 = build({ variants: [rainwater[0]!, twin, rainwater[1]!, rainwater[2]!] });
    expect(resolveVariants(s2, direct).choices[0]!.chosen).toBe('afk2');
    // a tie with the generic one keeps the generic one when it is listed first
    const same = { ...rainwater[0]!, id: 'sep2', generic: false };
    const s3 = build({ variants: [rainwater[0]!, same] });
    expect(resolveVariants(s3, direct).choices[1]!.chosen).toBe('sep');
  });

  it('a forced variant wins, eligible or not, with a warning when not', () => {
    const s = build();
    s.works[0] = { ...s.works[0]!, variant: 'vgs' };
    s.works[1] = { ...s.works[1]!, variant: 'afk' };
    const r = resolveVariants(s, direct);
    expect(r.choices.map((c) => [c.chosen, c.forced, c.saving])).toEqual([['vgs', true, -20000], ['afk', true, 540000]]);
    expect(r.chosenWorks[1]!.party).toBe('ws');
    expect(r.warnings).toEqual([expect.objectContaining({
      code: 'variants.forcedIneligible', severity: 'warning', sheet: 'works', index: 1, field: 'variant',
      params: { work: 'W2', variant: 'afk', neighbourhood: 'N2', reason: 'infiltrationClass >= 2 and groundwaterDepth >= 0.7' },
    })]);
    // separate and bundled still use the generic one
    expect(r.genericWorks.map((w) => w.variant)).toEqual(['sep', 'sep', undefined]);
  });

  it('an ineligible generic variant is still the generic policy, and kept when nothing is eligible', () => {
    const variants = [
      { ...rainwater[0]!, eligibility: 'groundwaterDepth >= 1' },
      { ...rainwater[2]! },
    ];
    const r = resolveVariants(build({ variants }), direct);
    expect(r.genericWorks.slice(0, 2).map((w) => w.variant)).toEqual(['sep', 'sep']);
    expect(r.choices.map((c) => [c.chosen, c.candidates[0]!.eligible])).toEqual([['afk', true], ['sep', false]]);
    // a cheaper eligible variant is chosen over an ineligible generic; none eligible: generic stays
    const r2 = resolveVariants(build({ variants: [{ ...rainwater[0]!, eligibility: false }, { ...rainwater[1]!, eligibility: false }] }), direct);
    expect(r2.choices.map((c) => c.chosen)).toEqual(['sep', 'sep']);
    expect(r2.choices[0]!.candidates[0]!.whyNot).toEqual([{ condition: 'false', values: {} }]);
  });

  it('an ineligible generic variant cheaper than every eligible one: the eligible one, a negative saving', () => {
    const variants = [{ ...rainwater[0]!, eligibility: false }, rainwater[1]!];
    const r = resolveVariants(build({ variants }), direct);
    expect(r.choices.map((c) => [c.chosen, c.saving])).toEqual([['vgs', -20000], ['vgs', -40000]]);
  });

  it('parses each expression once per scenario and reuses it for copies with the same texts', () => {
    const s = build();
    const a = compileVariants(s);
    expect(compileVariants(s)).toBe(a);
    const copy = { ...s, variants: s.variants.map((v) => ({ ...v })) };
    const b = compileVariants(copy);
    expect(b).not.toBe(a);
    const q = (c: typeof a) => c.groups.get('rain')![2]!.fields.quantity;
    expect(q(a).kind).toBe('expr');
    expect(q(b)).toStrictEqual(q(a));
    if (q(a).kind === 'expr' && q(b).kind === 'expr') expect((q(b) as { expr: unknown }).expr).toBe((q(a) as { expr: unknown }).expr);
  });

  it('blank numeric variant fields are 0', () => {
    const variants = [{ id: 'g', group: 'rain', party: 'gem', generic: true, lifetimeYears: 50 }];
    const r = resolveVariants(build({ variants }), direct);
    expect(r.chosenWorks[0]).toMatchObject({ quantity: 0, unitCost: 0, annualOpex: 0, currentOpex: 0, durationDays: 0, openedArea: 0, lifetimeYears: 50 });
  });

  // An eligible generic variant is always a candidate, so the choice cannot cost more. (An
  // ineligible generic one is not a candidate in differentiated: see the test above and docs/method.md.)
  it('invariant: without forced variants and with an eligible generic, the choice never costs more', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = mulberry(seed);
      const variants = rainwater.map((v) => ({
        ...v, unitCost: Math.round(rnd() * 5000),
        eligibility: v.generic ? undefined : rnd() < 0.5 ? 'infiltrationClass >= 2' : undefined,
      }));
      const r = resolveVariants(build({ variants }), direct);
      for (const c of r.choices) expect(c.saving).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('variants, bad input', () => {
  it('a group with no generic variant', () => {
    const variants = rainwater.map((v) => ({ ...v, generic: false }));
    const s = build({ variants });
    expect(validateVariants(s)).toEqual([expect.objectContaining({ code: 'variants.noGeneric', sheet: 'variants', index: 0, field: 'generic', params: { group: 'rain' } })]);
    expect(() => resolveVariants(s, direct)).toThrow(InputError);
  });
  it('a group with two generic variants', () => {
    const variants = rainwater.map((v) => ({ ...v, generic: v.id !== 'afk' }));
    expect(validateVariants(build({ variants }))).toEqual([expect.objectContaining({
      code: 'variants.twoGenerics', index: 1, field: 'generic', params: { group: 'rain', first: 'sep', second: 'vgs' },
    })]);
  });
  it('an eligibility rule with an unknown attribute names sheet, index and column', () => {
    const variants = [rainwater[0]!, { ...rainwater[2]!, eligibility: 'soilClass >= 2' }];
    const problems = validateVariants(build({ variants }));
    expect(problems).toEqual([expect.objectContaining({
      code: 'expr.unknownName', sheet: 'variants', index: 1, field: 'eligibility',
    })]);
    expect(problems[0]!.params).toMatchObject({ name: 'soilClass', expression: 'soilClass >= 2', variant: 'afk' });
  });
  it('a quantity expression that is not finite in one neighbourhood names that neighbourhood', () => {
    const s = build({ variants: [{ ...rainwater[0]!, quantity: 'households / (infiltrationClass - 1)' }] });
    expect(validateVariants(s)).toEqual([expect.objectContaining({
      code: 'expr.notFinite', sheet: 'variants', index: 0, field: 'quantity', params: expect.objectContaining({ neighbourhood: 'N2' }),
    })]);
  });
  it('a non-boolean eligibility, a fractional lifetime and a negative quantity', () => {
    const s = build({ variants: [{ ...rainwater[0]!, eligibility: 'households', lifetimeYears: 'groundwaterDepth * 45', quantity: '-households' }] });
    expect(validateVariants(s).map((p) => [p.code, p.field, p.params.neighbourhood])).toEqual([
      ['variants.negative', 'quantity', 'N1'], ['expr.notBoolean', 'eligibility', 'N1'],
      ['variants.negative', 'quantity', 'N2'], ['variants.lifetime', 'lifetimeYears', 'N2'], ['expr.notBoolean', 'eligibility', 'N2'],
    ]);
  });
  it('unknown group and unknown variant on a work', () => {
    const s = build();
    s.works[0] = { ...s.works[0]!, variantGroup: 'riool' };
    s.works[1] = { ...s.works[1]!, variant: 'nope' };
    expect(variantReferenceProblems(s).map((p) => [p.code, p.sheet, p.index, p.field])).toEqual([
      ['variants.unknownGroup', 'works', 0, 'variantGroup'], ['variants.unknownVariant', 'works', 1, 'variant'],
    ]);
    expect(() => resolveVariants(s, direct)).toThrow(InputError);
  });
});

function mulberry(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
