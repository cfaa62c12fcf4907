// MODEL.md project cost table: the parts tests/engine/golden.test.ts leaves out — several works
// without a street (each a street of its own), a blank street, engineering over the whole project's
// direct cost, days of a one-work project, and tags compared trimmed and case-insensitively.
import { describe, expect, it } from 'vitest';
import type { CostKey } from '../../engine/model/result';
import type { ScenarioInput } from '../../engine/scenario/schema';
import { build, run, step } from './helpers';

describe('opening cost per street', () => {
  // Manual bundle of four works, openingCostPerM2 2: W1 and W2 without street (100 and 50 m²), W3 with a
  // street of spaces (30 m²: no street), W4 and W5 on "Markt" / "MARKT " (80 and 120 m²).
  // Σ = 100 + 50 + 30 + max(80, 120) = 300 m² → 600.
  const r = run(build({
    settings: { bundleMode: 'manual', openingCostPerM2: 2, engineeringFixed: 10, engineeringRate: 0.1, sequentialShare: 0.5 },
    works: [
      { openedArea: 100, durationDays: 4, bundle: 'X' },
      { openedArea: 50, durationDays: 6, bundle: 'X' },
      { openedArea: 30, street: '   ', durationDays: 2, bundle: 'X' },
      { openedArea: 80, street: 'Markt', quantity: 2, bundle: 'X' },
      { openedArea: 120, street: 'MARKT ', bundle: 'X' },
    ],
  }));
  const p = step(r, 'bundled').projects[0]!;
  const base = (k: CostKey) => p.lines.find((l) => l.key === k)!.base;
  it('a work without a street is a street of its own; streets compare trimmed, case-insensitively', () => {
    expect(base('opening')).toBe(600);
  });
  it('engineering = fixed + rate × the project direct cost: 10 + 0.1 × 6000', () => {
    expect(base('direct')).toBe(6000);
    expect(base('engineering')).toBe(610);
  });
  it('days = max + sequentialShare × (Σ − max) = 6 + 0.5 × 6', () => {
    expect(p.days).toBe(9);
  });
  it('a one-work project lasts its own duration; separate projects never carry coordination', () => {
    expect(step(r, 'separate').projects.map((q) => q.days)).toEqual([4, 6, 2, 0, 0]);
  });
});

describe('co-financing tags compare trimmed and case-insensitively', () => {
  it('rule tag " Klimaat " funds a work tagged "klimaat"; a work without the tag gets nothing', () => {
    const r = run(build({
      settings: { bundleMode: 'none' },
      works: [{ tags: ['klimaat'] }, { tags: ['riool'] }],
      coFinancing: [{ id: 'k', funder: 'B', share: 0.5, tags: [' Klimaat '] }] as ScenarioInput['coFinancing'],
    }));
    const flows = r.cofinancing!.find((c) => c.step === 'separate')!.flows;
    expect(flows.map((f) => [f.work, f.amount])).toEqual([['W1', 500]]);
  });
});
