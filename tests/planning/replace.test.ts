// Re-importing a party's planning replaces that party's works and only those: the exact diff, the
// effect on the four steps, other parties untouched, and a manual bundle that loses a member named.
import { describe, expect, it } from 'vitest';
import {
  importEffect, importPlanning, proposeMapping, readPlanningSource, replacePartyWorks, type PlanningSource,
} from '../../engine/planning';
import type { Scenario } from '../../engine/scenario/schema';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { cityScenario, gbiRows, xlsxOf } from './fixtures';

const source = (rows: unknown[][]): PlanningSource => {
  const r = readPlanningSource(xlsxOf({ Planning: rows }), 'riool.xlsx');
  if (!r.ok) throw new Error('unreadable');
  return r.source;
};

function importRiool(scenario: Scenario, rows: unknown[][]) {
  const src = source(rows);
  const imp = importPlanning(src, proposeMapping(src, { lifetimeYears: 60 })!, 'riool', scenario);
  expect(imp.problems).toEqual([]);
  return replacePartyWorks(scenario, 'riool', imp.works);
}

const others = (s: Scenario) => JSON.stringify(s.works.filter((w) => w.party !== 'riool'));

describe('re-import a party planning', () => {
  it('replaces the party\'s works by id and reports the exact diff', () => {
    const before = cityScenario();
    const first = importRiool(before, gbiRows());
    expect(first.diff).toEqual({
      party: 'riool', added: ['S-200', 'S-300'], removed: ['S-OLD'],
      changed: [{ id: 'S-100', fields: ['description', 'plannedYear', 'quantity', 'unit', 'unitCost', 'durationDays', 'street'] }],
      unchanged: 0,
      bundlesLosing: [{ bundle: 'B1', work: 'S-OLD' }],
    });
    expect(first.problems).toEqual([]);
    // The other parties' rows are the same objects in the same places; the bundle stays (R-1 still carries it).
    expect(first.scenario.works.map((w) => w.id)).toEqual(['R-1', 'S-100', 'E-1', 'S-200', 'S-300']);
    expect(others(first.scenario)).toBe(others(before));
    expect(first.scenario.bundles).toEqual(before.bundles);

    // The next version: S-300 moves a year, S-200 goes, S-400 arrives, S-100 unchanged.
    const next = gbiRows().filter((r) => r[0] !== 'S-200');
    next[next.length - 1] = ['S-300', 'N2', 'Drukriool', 2034, 40, 'm', 700, 8, 'Hofstraat'];
    next.push(['S-400', 'Oosterpark', 'Nieuw gemaal', 2029, 1, 'st', 250000, 40, 'Oosterweg']);
    const second = importRiool(first.scenario, next);
    expect(second.diff).toEqual({
      party: 'riool', added: ['S-400'], removed: ['S-200'],
      changed: [{ id: 'S-300', fields: ['plannedYear'] }], unchanged: 1, bundlesLosing: [],
    });
    expect(others(second.scenario)).toBe(others(before));
  });

  it('keeps a manual bundle between parties when the planning names no bundle', () => {
    const before = cityScenario();
    const rows = [gbiRows()[2]!, ['S-OLD', 'N1', 'Riool', 2028, 50, 'm', 950, 30, 'Oosterweg']];
    const r = importRiool(before, rows);
    expect(r.diff.bundlesLosing).toEqual([]);
    expect(r.scenario.works.find((w) => w.id === 'S-OLD')?.bundle).toBe('B1');
    expect(r.diff.removed).toEqual(['S-100']);
    expect(r.problems).toEqual([]);
  });

  it('leaves the other parties\' rows byte-identical in the written workbook', () => {
    const before = cityScenario();
    const after = importRiool(before, gbiRows()).scenario;
    const rowsOf = (s: Scenario) => {
      const read = readWorkbook(writeWorkbook(s, { lang: 'nl' }));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      return read.scenario;
    };
    const a = rowsOf(before);
    const b = rowsOf(after);
    expect(others(b)).toBe(others(a));
    expect(JSON.stringify(b.parties)).toBe(JSON.stringify(a.parties));
    expect(JSON.stringify(b.neighbourhoods)).toBe(JSON.stringify(a.neighbourhoods));
  });

  it('gives the effect on the four steps and the savings', () => {
    const before = cityScenario();
    const { scenario: after } = importRiool(before, gbiRows());
    const effect = importEffect(before, after)!;
    expect(effect.steps.map((s) => s.id)).toEqual(['separate', 'bundled', 'differentiated', 'integrated']);
    expect(effect.savings.map((s) => s.key)).toEqual(['bundling', 'differentiation', 'citizen', 'total']);
    // No change in, no change out; a change in the planning moves the separate step.
    expect(importEffect(before, before)!.steps.every((s) => s.before.financial === s.after.financial)).toBe(true);
    const separate = effect.steps[0]!;
    expect(separate.after.financial).not.toBe(separate.before.financial);
  });
});
