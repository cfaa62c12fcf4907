// The example's bundling-share report: its figures come from the result, not from thin air.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { buildExample } from '../../scenarios/example';
import { bundlingShare, bundlingShareText } from '../../scenarios/bundling-share';

describe('bundling share of the example', () => {
  const r = compute(buildExample(), { computedAt: '2026-01-01T00:00:00Z' });
  const b = bundlingShare(r);

  it('counts the works of multi-work projects in the bundled step and their separate projects', () => {
    const bundled = r.steps.find((s) => s.id === 'bundled')!;
    const separate = r.steps.find((s) => s.id === 'separate')!;
    const multi = bundled.projects.filter((p) => p.works.length > 1);
    expect(b.bundledProjects).toBe(multi.length);
    expect(b.bundledWorks).toBe(multi.reduce((n, p) => n + p.works.length, 0));
    // In `separate` every work is its own project, so the works map one to one.
    const theirs = separate.projects.filter((p) => multi.some((m) => m.works.includes(p.works[0]!)));
    expect(theirs).toHaveLength(b.bundledWorks);
    expect(b.separateProjectsPV.financial).toBeCloseTo(theirs.reduce((a, p) => a + p.pv.financial, 0), 6);
  });

  it('relates the step saving to both yardsticks', () => {
    expect(b.saving).toEqual(r.savings.bundling);
    expect(b.separatePV).toEqual(r.steps[0]!.pv);
    expect(b.saving.financial).toBeGreaterThan(0);
    expect(b.separateProjectsPV.financial).toBeLessThan(b.separatePV.financial);
    const text = bundlingShareText(b);
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    expect(text).toContain(pct(b.saving.financial / b.separatePV.financial));
    expect(text).toContain(pct(b.saving.financial / b.separateProjectsPV.financial));
  });
});
