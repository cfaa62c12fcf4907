// The core check's coalition costs are computed per mask without building sub-projects; they must
// be the very doubles sharedCost() gives for each coalition's works (the cost table's formula is
// in engine/model/costs), or a core verdict could flip on a cent.
import { describe, expect, it } from 'vitest';
import { computePrepared, prepareCompute } from '../../engine/compute';
import { coalitionSharedCosts } from '../../engine/cofinancing/allocation-view';
import { sharedCost } from '../../engine/model/costs';
import type { ResolvedWork } from '../../engine/model/resolve';
import type { Scenario } from '../../engine/scenario/schema';
import { buildExample } from '../../scenarios/example';
import { smallScenario } from './fixture';

/** The small case with its works spread over streets that repeat out of id order and works
 *  without a street, so coalitions open streets in different orders. */
function streetsScenario(): Scenario {
  const s = smallScenario();
  const streets = ['Dorpsstraat', undefined, 'Kerkplein', 'dorpsstraat ', 'Kerkplein', undefined];
  const extra = Array.from({ length: 6 }, (_, i) => ({
    ...s.works[i % s.works.length]!, id: `X${i}`, party: s.parties[i % 3]!.id, street: streets[i],
    openedArea: 300 + 170 * ((i * 7) % 5), durationDays: 10 + 9 * i, quantity: 1 + i / 3,
  }));
  return { ...s, works: [...s.works, ...extra] };
}

describe('coalition costs of the core check', () => {
  for (const [name, scenario] of [['example', buildExample()], ['small', smallScenario()], ['streets', streetsScenario()]] as const) {
    it(`${name}: every coalition of every multi-party project, bit for bit`, () => {
      const prepared = prepareCompute(scenario);
      const r = computePrepared(prepared, { computedAt: '2026-01-01T00:00:00.000Z' });
      let checked = 0;
      for (const step of r.steps) {
        const ws = new Map(prepared.resolved[step.id].map((w) => [w.id, w]));
        for (const p of step.projects) {
          if (p.parties.length < 2) continue;
          const members = p.works.map((id) => ws.get(id) as ResolvedWork);
          const table = coalitionSharedCosts(prepared.ctx, members, p.parties, p.year);
          const e = prepared.ctx.tl.escal[p.year - prepared.ctx.tl.base] as number;
          for (let mask = 1; mask < table.length; mask++) {
            const sub = members.filter((w) => (mask & (1 << p.parties.indexOf(w.party))) !== 0);
            expect(Object.is(table[mask], e * sharedCost(prepared.ctx, sub, p.year)), `${p.id} mask ${mask}`).toBe(true);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
