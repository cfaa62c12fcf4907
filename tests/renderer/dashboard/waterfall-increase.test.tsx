// @vitest-environment jsdom
// A step that costs more than the one before (MODEL: with bundling, differentiation can) is shown as
// a red bar AND said in words under the waterfall; a result without such a step has no note.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { compute } from '../../../engine/compute';
import type { ComputeResult } from '../../../engine/model/result';
import { buildExample } from '../../../scenarios/example';
import { Dashboard } from '../../../renderer/dashboard';
import { installResizeObserver } from './setup-dom';

beforeAll(() => installResizeObserver());
afterEach(cleanup);

const r = compute(buildExample(), { computedAt: '2026-01-01T00:00:00Z' });

/** The example with differentiation costing 10,000 more than bundling (financial), as the
 *  waterfall reads it: the saving and the steps after it. */
function dearerDifferentiation(): ComputeResult {
  const bundled = r.steps.find((s) => s.id === 'bundled')!.pv.financial;
  const steps = r.steps.map((s) => (s.id === 'differentiated' || s.id === 'integrated'
    ? { ...s, pv: { ...s.pv, financial: bundled + 10_000 } } : s));
  return { ...r, steps, savings: { ...r.savings, differentiation: { ...r.savings.differentiation, financial: -10_000 } } } as ComputeResult;
}

describe('waterfall: a step that costs more', () => {
  it('is said in words under the chart', () => {
    const worse = dearerDifferentiation();
    expect(worse.savings.differentiation.financial).toBe(-10_000);
    const { container } = render(<Dashboard result={worse} scenario={buildExample()} lang="en" />);
    const note = container.querySelector('[data-note="costs-more-differentiation"]');
    expect(note?.textContent).toMatch(/^Note: .* costs MORE here than the step before\. This can happen: the variants are cheaper work by work, but bundle less well\.$/);
  });

  it('has no such note when every step saves', () => {
    expect(r.savings.differentiation.financial).toBeGreaterThanOrEqual(0);
    const { container } = render(<Dashboard result={r} scenario={buildExample()} lang="nl" />);
    expect(container.querySelector('[data-note^="costs-more"]')).toBeNull();
  });
});
