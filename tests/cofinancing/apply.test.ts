import { describe, expect, it } from 'vitest';
import { applyCoFinancing, type Execution } from '../../engine/cofinancing/apply';
import { coFinancingLines } from '../../engine/cofinancing/summary';
import type { CoFinancingRule } from '../../engine/scenario/schema';

const rule = (r: Partial<CoFinancingRule> & Pick<CoFinancingRule, 'id' | 'funder' | 'share'>): CoFinancingRule => ({ tags: [], ...r });
const ex = (work: string, party: string, year: number, direct: number, tags: string[] = [], replacement = false): Execution =>
  ({ work, party, year, direct, tags, replacement });
const byWork = (flows: { work: string; year: number; amount: number; rule: string }[]) =>
  flows.map((f) => `${f.rule}:${f.work}@${f.year}=${Math.round(f.amount * 100) / 100}`);

describe('a cap hit mid-year by two works, ordered by id', () => {
  it('the lower id is paid in full, the higher id gets what is left of the cap, later years nothing', () => {
    // Rijk pays 1/3 of climate works, cap 40,000. In 2030, by id: w-a 60,000 → 20,000 (cap left
    // 20,000), then w-b 90,000 → min(30,000, 20,000) = 20,000: the cap runs out. w-c (2031) gets nothing.
    const rules = [rule({ id: 'climate', funder: 'rijk', share: 1 / 3, tags: ['climate'], cap: 40_000 })];
    const out = applyCoFinancing(rules, [
      ex('w-c', 'gemeente', 2031, 30_000, ['climate']),
      ex('w-b', 'gemeente', 2030, 90_000, ['Climate ']),
      ex('w-a', 'waterschap', 2030, 60_000, ['climate', 'rainwater']),
    ]);
    expect(byWork(out.flows)).toEqual(['climate:w-a@2030=20000', 'climate:w-b@2030=20000']);
    expect(out.rules[0]).toMatchObject({ paid: 40_000, cap: 40_000, capReachedIn: 2030 });
  });

  it('the same works in the other row order give the same flows', () => {
    const rules = [rule({ id: 'climate', funder: 'rijk', share: 1 / 3, tags: ['climate'], cap: 40_000 })];
    const a = applyCoFinancing(rules, [ex('w-a', 'g', 2030, 60_000, ['climate']), ex('w-b', 'g', 2030, 90_000, ['climate'])]);
    const b = applyCoFinancing(rules, [ex('w-b', 'g', 2030, 90_000, ['climate']), ex('w-a', 'g', 2030, 60_000, ['climate'])]);
    expect(b.flows).toEqual(a.flows);
  });

  it('ids compare as plain strings: "W10" comes before "W9"', () => {
    const rules = [rule({ id: 'r', funder: 'f', share: 1, cap: 100 })];
    const out = applyCoFinancing(rules, [ex('W9', 'o', 2030, 100), ex('W10', 'o', 2030, 100)]);
    expect(byWork(out.flows)).toEqual(['r:W10@2030=100']);
  });
});

describe('hand-computed three-party case', () => {
  // Parties: gemeente (owner), waterschap (owner and funder), rijk (funder only).
  // Executions: s1 sewer 2028 100,000 [rainwater, climate]; r1 road 2028 50,000 [];
  //             s1 again 2068 as a replacement 100,000 [rainwater, climate]; g1 green 2029 40,000 [climate] owned by waterschap.
  // Rule 1 rijk 1/3 of climate, 2026–2040, cap 45,000: s1@2028 33,333.33; g1@2029 min(13,333.33, 11,666.67) = 11,666.67;
  //        s1@2068 outside the years.
  // Rule 2 waterschap 80% of rainwater, no cap: s1@2028 min(80,000, 100,000 − 33,333.33 = 66,666.67) = 66,666.67;
  //        s1@2068 (replacement) 80,000.
  const executions = [
    ex('s1', 'gemeente', 2028, 100_000, ['rainwater', 'climate']),
    ex('r1', 'gemeente', 2028, 50_000),
    ex('s1', 'gemeente', 2068, 100_000, ['rainwater', 'climate'], true),
    ex('g1', 'waterschap', 2029, 40_000, ['climate']),
  ];
  const rules = [
    rule({ id: 'impuls', funder: 'rijk', share: 1 / 3, tags: ['climate'], cap: 45_000, fromYear: 2026, toYear: 2040 }),
    rule({ id: 'afkoppelen', funder: 'waterschap', share: 0.8, tags: ['rainwater'] }),
  ];
  const out = applyCoFinancing(rules, executions);

  it('rules in sheet order, together never more than the direct cost, replacements included', () => {
    expect(byWork(out.flows)).toEqual([
      'impuls:s1@2028=33333.33', 'impuls:g1@2029=11666.67',
      'afkoppelen:s1@2028=66666.67', 'afkoppelen:s1@2068=80000',
    ]);
    expect(out.rules.map((r) => [r.rule, Math.round(r.paid * 100) / 100, r.capReachedIn])).toEqual([
      ['impuls', 45_000, 2029], ['afkoppelen', 146_666.67, null],
    ]);
  });

  it('per party and year: paid as funder, received as owner, each its own line', () => {
    expect(coFinancingLines(out.flows, ['gemeente', 'waterschap', 'rijk'])).toEqual([
      { party: 'gemeente', year: 2028, paid: 0, received: 100_000 },
      { party: 'gemeente', year: 2068, paid: 0, received: 80_000 },
      { party: 'waterschap', year: 2028, paid: 66_666.67, received: 0 },
      { party: 'waterschap', year: 2029, paid: 0, received: 11_666.67 },
      { party: 'waterschap', year: 2068, paid: 80_000, received: 0 },
      { party: 'rijk', year: 2028, paid: 33_333.33, received: 0 },
      { party: 'rijk', year: 2029, paid: 11_666.67, received: 0 },
    ]);
  });

  it("a rule does not fund its own funder's works (nor use its cap on them)", () => {
    const out = applyCoFinancing([rule({ id: 'x', funder: 'waterschap', share: 0.5, cap: 30_000 })], executions);
    expect(byWork(out.flows)).toEqual(['x:r1@2028=25000', 'x:s1@2028=5000']);
  });

  it('blank years and cap mean unbounded; blank tags fund every work', () => {
    const all = applyCoFinancing([rule({ id: 'x', funder: 'p', share: 0.5 })], executions);
    // Cap order: 2028 r1 (id before s1), 2028 s1, 2029 g1, 2068 s1.
    expect(all.flows.map((f) => `${f.work}@${f.year}=${f.amount}`)).toEqual(['r1@2028=25000', 's1@2028=50000', 'g1@2029=20000', 's1@2068=50000']);
  });
});
