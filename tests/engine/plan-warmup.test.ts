// The synthetic city a new planning thread plans to warm up: a valid scenario whose neighbourhoods
// bundle (so the warm-up runs the planning code a real city does), planned without throwing.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { warmScenario, warmUpPlanning } from '../../engine/plan-warmup';
import { validateScenario } from '../../engine/scenario/validate';

describe('the planning warm-up', () => {
  it('plans a valid synthetic city that bundles', () => {
    const s = warmScenario();
    expect(validateScenario(s)).toEqual([]);
    const r = compute(s, { computedAt: 'x' });
    expect(r.steps[1]!.projects.length).toBeLessThan(s.works.length);
    expect(r.savings.bundling.financial).toBeGreaterThan(0);
    expect(() => warmUpPlanning()).not.toThrow();
  });
});
