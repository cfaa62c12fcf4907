// Invariants of compute(): savings add up, no shared costs means no bundling saving, allocations and
// party figures add up to the cent, row order does not matter, same input gives the same bytes.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { toSummaryJson } from '../../engine/model/summary';
import { InputError } from '../../engine/problems';
import type { Scenario } from '../../engine/scenario/schema';
import { rng, scenario, type WorkIn } from './helpers';

function randomCity(seed: number, opts: { noShared?: boolean; fixed?: boolean } = {}): Scenario {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const hoods = ['Noord', 'Oost', 'Zuid'];
  const works: Partial<WorkIn>[] = [];
  for (let i = 0; i < 24; i++) {
    works.push({
      id: `W${String(i).padStart(2, '0')}`, neighbourhood: pick(hoods), party: pick(['A', 'B', 'C', 'D']),
      quantity: 1 + Math.floor(r() * 50), unitCost: Math.round(r() * 3000 * 100) / 100, durationDays: Math.floor(r() * 40),
      street: pick(['Kerkstraat', 'Molenweg', '', 'Dijk']), openedArea: Math.round(r() * 400), plannedYear: 2027 + Math.floor(r() * 8),
      maxAdvanceYears: opts.fixed ? 0 : Math.floor(r() * 3), maxDeferYears: opts.fixed ? 0 : Math.floor(r() * 3),
      deferralCostPerYear: Math.round(r() * 500), lifetimeYears: pick([7, 12, 30, 50]), annualOpex: Math.round(r() * 200),
    });
  }
  const shared = opts.noShared ? {} : {
    engineeringFixed: 12000, engineeringRate: 0.1, tenderFixed: 8000, participationFixed: 5000, siteFixed: 6000,
    sitePerDay: 350, openingCostPerM2: 45, coordinationPerExtraParty: 2500,
  };
  return scenario({
    settings: { discountRate: 0.0225, escalationRate: 0.015, horizonYears: 30, discountTiming: pick(['end', 'mid', 'start']), ...shared },
    neighbourhoods: hoods.map((id, i) => ({ id, disruptionCostPerDay: opts.noShared ? 0 : 300 * (i + 1) })),
    parties: ['A', 'B', 'C', 'D'],
    works,
  });
}

const cents = (x: number) => Math.round(x * 100);

describe('invariants', () => {
  it.each([1, 2, 3, 4])('savings add up to the total and party figures to the step (seed %i)', (seed) => {
    const r = compute(randomCity(seed), { computedAt: 'x' });
    for (const k of ['financial', 'societal'] as const) {
      const { bundling, differentiation, citizen, total } = r.savings;
      expect(cents(bundling[k]) + cents(differentiation[k]) + cents(citizen[k])).toBe(cents(total[k]));
      expect(cents(r.steps[0]!.pv[k]) - cents(r.steps[1]!.pv[k])).toBe(cents(bundling[k]));
    }
    expect(r.savings.bundling.financial).toBeGreaterThan(0);
    // no variants or citizen rows: the later steps equal bundled
    expect(r.steps[2]!.pv).toEqual(r.steps[1]!.pv);
    expect(r.steps[3]!.pv).toEqual(r.steps[1]!.pv);
    for (const step of r.steps) {
      expect(step.parties.reduce((a, p) => a + cents(p.pv), 0)).toBe(cents(step.pv.financial));
      for (const p of step.projects) {
        expect(p.allocation.reduce((a, x) => a + cents(x.amount), 0)).toBe(cents(p.shared));
        for (const l of p.lines) if (l.byParty) expect(l.byParty.reduce((a, x) => a + cents(x.amount), 0)).toBe(cents(l.nominal));
      }
    }
    for (const p of r.parties) expect(cents(p.saving)).toBe(cents(p.pv.separate) - cents(p.pv.integrated));
  });

  it.each([5, 6, 7])('with no shared costs, no disruption and no work allowed to move, bundling saves exactly nothing (seed %i)', (seed) => {
    const s = randomCity(seed, { noShared: true, fixed: true });
    for (const mode of ['optimal', 'manual'] as const) {
      const r = compute({ ...s, settings: { ...s.settings, bundleMode: mode } }, { computedAt: 'x' });
      expect(r.savings.bundling).toEqual({ financial: 0, societal: 0 });
      expect(r.parties.every((p) => p.saving === 0)).toBe(true);
    }
  });

  it('does not depend on row order (works, neighbourhoods)', () => {
    const s = randomCity(9);
    const rev = { ...s, works: [...s.works].reverse(), neighbourhoods: [...s.neighbourhoods].reverse() };
    expect(JSON.stringify(compute(rev, { computedAt: 'x' }))).toBe(JSON.stringify(compute(s, { computedAt: 'x' })));
  });

  it('gives byte-identical JSON for the same input, apart from computedAt', () => {
    const s = randomCity(10);
    const a = toSummaryJson(compute(s));
    const b = toSummaryJson(compute(structuredClone(s)));
    expect(a.meta.computedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify({ ...a, meta: { ...a.meta, computedAt: '' } })).toBe(JSON.stringify({ ...b, meta: { ...b.meta, computedAt: '' } }));
    expect(a.meta).toMatchObject({ method: '1', app: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(a.meta.input).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(a).slice(0, 7)).toEqual(['scenario', 'currency', 'meta', 'steps', 'savings', 'parties', 'projects']);
  });

  it('cost lines (built on first read) show up in JSON and in structuredClone like plain data', () => {
    const r = compute(randomCity(11), { computedAt: 'x' });
    const viaJson = JSON.parse(JSON.stringify(r)) as typeof r;
    const viaClone = structuredClone(r);
    for (const copy of [viaJson, viaClone]) {
      const p = copy.steps[1]!.projects[0]!;
      expect(p.lines.map((l) => l.key)).toEqual(['direct', 'engineering', 'tender', 'participation', 'site', 'opening', 'coordination', 'deferral', 'disruption']);
      expect(p.lines).toEqual(JSON.parse(JSON.stringify(r.steps[1]!.projects[0]!.lines)));
    }
    // key order is that of the type, whether or not the lines were read first
    expect(Object.keys(r.steps[0]!.projects[0]!)).toEqual(['id', 'neighbourhood', 'year', 'works', 'parties', 'days', 'lines',
      'direct', 'shared', 'disruption', 'financial', 'pv', 'allocation', 'moved']);
  });

  it('flags an owner party whose integrated cost exceeds its separate cost', () => {
    // A manual bundle with a heavy coordination cost: each party saves one tender (1,000) but pays
    // half of 1,000 + 50,000 shared (pro rata equal direct cost) = 25,500.
    const s = scenario({
      settings: { tenderFixed: 1000, coordinationPerExtraParty: 50000, bundleMode: 'manual' },
      works: [
        { id: 'a', party: 'A', quantity: 1, unitCost: 10000, plannedYear: 2028, bundle: 'K' },
        { id: 'b', party: 'B', quantity: 1, unitCost: 10000, plannedYear: 2028, bundle: 'K' },
      ],
    });
    const r = compute(s, { computedAt: 'x' });
    const b = r.parties.find((p) => p.id === 'B')!;
    expect(b.ownsWorks).toBe(true);
    expect(b.pv.integrated).toBeGreaterThan(b.pv.separate);
    expect(b.flagged).toBe(true);
    expect(r.parties.find((p) => p.id === 'C')!).toMatchObject({ ownsWorks: false, flagged: false });
  });

  it('throws InputError for a bundle across neighbourhoods and for windows without a common year', () => {
    const across = scenario({
      settings: { bundleMode: 'manual' }, neighbourhoods: [{ id: 'N1' }, { id: 'N2' }],
      works: [{ bundle: 'K' }, { bundle: 'K', neighbourhood: 'N2' }],
    });
    expect(() => compute(across)).toThrow(InputError);
    try { compute(across); } catch (e) {
      expect((e as InputError).problems[0]).toMatchObject({ code: 'bundle.neighbourhoods', sheet: 'works', field: 'bundle' });
    }
    const apart = scenario({ settings: { bundleMode: 'optimal' }, works: [{ bundle: 'K', plannedYear: 2027 }, { bundle: 'K', plannedYear: 2030 }] });
    expect(() => compute(apart)).toThrow(/bundle.noCommonYear/);
    const outside = scenario({ works: [{ plannedYear: 2040 }] });
    expect(() => compute(outside)).toThrow(/year.outsideHorizon/);
  });

  it('manual mode: lone bundle ids stay separate; a bundle takes its cheapest year (tie: earliest)', () => {
    const s = scenario({
      settings: { bundleMode: 'manual', tenderFixed: 5000 },
      works: [
        { id: 'a', plannedYear: 2028, maxDeferYears: 2, bundle: 'K', quantity: 0 },
        { id: 'b', plannedYear: 2029, maxAdvanceYears: 2, bundle: 'K', quantity: 0 },
        { id: 'c', plannedYear: 2029, bundle: 'alone' },
      ],
    });
    const r = compute(s, { computedAt: 'x' });
    // discount 0 and no direct cost: both years 2028 and 2029 cost the same → earliest.
    expect(r.steps[1]!.projects.map((p) => [p.year, p.works])).toEqual([[2028, ['a', 'b']], [2029, ['c']]]);
  });
});
