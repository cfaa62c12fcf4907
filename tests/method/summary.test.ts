// MODEL.md "Command line summary (compute --json)": the fields, their order and meaning.
import { describe, expect, it } from 'vitest';
import { summaryJsonText, toSummaryJson } from '../../engine/model/summary';
import { build, run } from './helpers';

// One work of A in 2028 with T = 3 (replacements 2031 and 2034), tender 100, 5 days, disruption 10/day,
// escalation 10%: the project's nominal shared cost in 2028 is 100 × 1.1² = 121, disruption 50 × 1.21 = 60.5.
const r = run(build({
  settings: { name: 'Vorm', escalationRate: 0.1, tenderFixed: 100 },
  neighbourhoods: [{ id: 'N1', disruptionCostPerDay: 10 }],
  works: [{ lifetimeYears: 3, durationDays: 5 }],
}));
const j = toSummaryJson(r);

describe('summary JSON', () => {
  it('starts with the fields MODEL.md names, in its order', () => {
    expect(Object.keys(j).slice(0, 7)).toEqual(['scenario', 'currency', 'meta', 'steps', 'savings', 'parties', 'projects']);
    expect(j.scenario).toBe('Vorm');
    expect(j.currency).toBe('EUR');
    expect(Object.keys(j.meta)).toEqual(['method', 'app', 'input', 'computedAt']);
    expect(j.meta.method).toBe('1');
    expect(j.meta.input).toMatch(/^[0-9a-f]{64}$/);
  });
  it('four steps in order, each id, financialPV, societalPV', () => {
    expect(j.steps.map((s) => s.id)).toEqual(['separate', 'bundled', 'differentiated', 'integrated']);
    for (const s of j.steps) expect(Object.keys(s)).toEqual(['id', 'financialPV', 'societalPV']);
    expect(j.steps[0]!.financialPV).toBe(r.steps[0]!.pv.financial);
  });
  it('savings: bundling, differentiation, citizen, total, each financial and societal', () => {
    expect(Object.keys(j.savings)).toEqual(['bundling', 'differentiation', 'citizen', 'total']);
    for (const v of Object.values(j.savings)) expect(Object.keys(v)).toEqual(['financial', 'societal']);
  });
  it('parties: id, separatePV, integratedPV, saving, flagged', () => {
    expect(j.parties.map((p) => Object.keys(p))).toEqual([['id', 'separatePV', 'integratedPV', 'saving', 'flagged']].concat(
      j.parties.slice(1).map(() => ['id', 'separatePV', 'integratedPV', 'saving', 'flagged'])));
    expect(j.parties[0]).toMatchObject({ id: 'A', saving: 0, flagged: false });
  });
  it('projects: first executions only (no replacements), nominal amounts in the project year', () => {
    expect(j.projects).toEqual((['separate', 'bundled', 'differentiated', 'integrated'] as const).map((step) => ({
      step, neighbourhood: 'N1', year: 2028, works: ['W1'], shared: 121, disruption: 60.5,
    })));
  });
  it('amounts are numbers rounded to cents; the text ends with a newline', () => {
    for (const s of j.steps) expect(Math.round(s.financialPV * 100) / 100).toBe(s.financialPV);
    expect(summaryJsonText(r).endsWith('}\n')).toBe(true);
  });
});
