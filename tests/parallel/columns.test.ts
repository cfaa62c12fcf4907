// The columns a planning thread receives hold every field of every resolved work, and the plan
// cache's fingerprint tells apart works that differ in any one of them.
import { describe, expect, it } from 'vitest';
import { prepareCompute } from '../../engine/compute';
import { Fingerprint } from '../../engine/model/fingerprint';
import type { ResolvedWork } from '../../engine/model/resolved-work';
import { addColumns, fromColumns, toColumns } from '../../engine/model/work-columns';
import { testCases } from './scenarios';

const fingerprint = (ws: ResolvedWork[]) => addColumns(new Fingerprint(), toColumns(ws)).digest();

describe('work columns', () => {
  for (const c of testCases()) {
    it(`every resolved work of every step survives the way there and back: ${c.name}`, () => {
      const { resolved } = prepareCompute(c.scenario);
      for (const works of Object.values(resolved)) expect(fromColumns(toColumns(works))).toStrictEqual(works);
    });
  }

  it('a change of any field but the row index changes the fingerprint', () => {
    const { resolved } = prepareCompute(testCases()[0]!.scenario);
    const works = resolved.integrated.slice(0, 5);
    const base = fingerprint(works);
    const w = works[2]!;
    const changes: Partial<ResolvedWork>[] = [
      { id: `${w.id}x` }, { neighbourhood: 'other' }, { party: 'other' }, { category: 'other' }, { plannedYear: w.plannedYear + 1 },
      { quantity: w.quantity + 1e-9 }, { unitCost: w.unitCost * 2 }, { direct: w.direct + 1 }, { durationDays: w.durationDays + 1 },
      { street: 'elders' }, { street: null }, { streetKey: 'elders' }, { openedArea: w.openedArea + 1 }, { earliest: w.earliest - 1 },
      { latest: w.latest + 1 }, { lifetimeYears: w.lifetimeYears + 1 }, { deferralCostPerYear: w.deferralCostPerYear + 1 },
      { currentOpex: w.currentOpex + 1 }, { annualOpex: w.annualOpex + 1 }, { bookValue: w.bookValue + 1 }, { tags: [...w.tags, 'x'] },
      { bundle: 'B-new' }, { variant: 'V-x' },
    ];
    const seen = new Set([base]);
    for (const ch of changes) {
      const f = fingerprint(works.map((x) => (x === w ? { ...w, ...ch } : x)));
      expect(seen.has(f), JSON.stringify(ch)).toBe(false);
      seen.add(f);
    }
    // 0 and −0 print alike but are different numbers.
    expect(fingerprint(works.map((x) => (x === w ? { ...w, bookValue: -0 } : x))))
      .not.toBe(fingerprint(works.map((x) => (x === w ? { ...w, bookValue: 0 } : x))));
    expect(fingerprint(works.map((x) => (x === w ? { ...w, index: w.index + 100 } : x)))).toBe(base);
  });
});
