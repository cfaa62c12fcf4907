// The formula workbook recalculated by LibreOffice (a profile that forces recalculation on load):
// every step total and saving equals the engine's JSON to the cent, every party total within one
// cent. A copy with deliberately wrong cached values proves LibreOffice really recalculated, and a
// changed tenderFixed moves the totals exactly as the engine does for the same plan.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Lang } from '../../engine/i18n';
import { compute } from '../../engine/compute';
import type { ComputeResult } from '../../engine/model/result';
import { writeFormulaWorkbook } from '../../engine/results-workbook/formulas/write';
import type { Scenario } from '../../engine/scenario/schema';
import { buildExample } from '../../scenarios/example';
import { smallScenario } from '../cofinancing/fixture';
import { scenario as engineScenario } from '../engine/helpers';
import { findSoffice, libreOfficeRoundTrip } from '../support/soffice';
import { InputRefs } from '../../engine/results-workbook/formulas/refs';
import { scenarioSchema } from '../../engine/scenario/schema';
import { comparisonFigures, engineFigures, fixedPlanScenario, withInputCell, withSetting, withWrongCache, type Figures } from './helpers';

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) not found: the recalculation tests are skipped');
const at = '2026-06-01T12:00:00.000Z';

function expectMatches(got: Figures, want: Figures, partyTotals: boolean) {
  expect(got.steps).toEqual(want.steps);
  expect(got.savings).toEqual(want.savings);
  if (!partyTotals) return;
  expect(got.parties.map((p) => p.id)).toEqual(want.parties.map((p) => p.id));
  got.parties.forEach((p, i) => {
    const w = want.parties[i]!;
    p.pv.forEach((v, s) => expect(Math.abs(v - (w.pv[s] as number)), `${p.id} step ${s}: ${v} vs ${w.pv[s]}`).toBeLessThanOrEqual(1));
    expect(Math.abs(p.saving - w.saving), `${p.id} saving`).toBeLessThanOrEqual(2);
  });
}

/** The worked example of docs/method.md, with two parties sharing one street. */
function workedExample(): Scenario {
  return engineScenario({
    settings: {
      horizonYears: 10, discountRate: 0, engineeringRate: 0.1, tenderFixed: 20_000, siteFixed: 5_000, sitePerDay: 500,
      sequentialShare: 0.25, openingCostPerM2: 50, coordinationPerExtraParty: 2_000, bundleMode: 'optimal',
    },
    parties: ['Gemeente', 'Net'],
    neighbourhoods: [{ id: 'Kern', disruptionCostPerDay: 1_000 }],
    works: [
      { id: 'R', neighbourhood: 'Kern', party: 'Gemeente', plannedYear: 2028, quantity: 1, unitCost: 100_000, durationDays: 20,
        street: 'Kerkstraat', openedArea: 400, maxDeferYears: 2, deferralCostPerYear: 1_000, lifetimeYears: 40 },
      { id: 'S', neighbourhood: 'Kern', party: 'Net', plannedYear: 2030, quantity: 1, unitCost: 60_000, durationDays: 30,
        street: 'Kerkstraat', openedArea: 300, maxAdvanceYears: 2, lifetimeYears: 40 },
    ],
  });
}

const cases: { name: string; lang: Lang; scenario: () => Scenario; partyTotals: boolean }[] = [
  { name: 'the example (variants, zelfbeheer, co-financing)', lang: 'nl', scenario: buildExample, partyTotals: true },
  { name: 'three parties with co-financing (direct rule)', lang: 'en', scenario: () => smallScenario(), partyTotals: true },
  { name: 'three parties, Shapley shares as values', lang: 'en', scenario: () => smallScenario({ allocationRule: 'shapley' }), partyTotals: true },
  { name: 'mid-year discounting with escalation', lang: 'nl', scenario: () => smallScenario({ discountTiming: 'mid', escalationRate: 0.02 }), partyTotals: true },
  { name: 'the worked example of docs/method.md', lang: 'en', scenario: workedExample, partyTotals: true },
];

describe.skipIf(!soffice)('formula workbook recalculated by LibreOffice', () => {
  for (const c of cases) {
    it(`${c.name}: steps, savings and parties to the cent, even from wrong cached values`, () => {
      const s = c.scenario();
      const r: ComputeResult = compute(s, { computedAt: at });
      const bytes = writeFormulaWorkbook(s, r, { lang: c.lang });
      const want = engineFigures(r);
      // The cached values alone (a reader that does not recalculate) show the engine's figures.
      expectMatches(comparisonFigures(XLSX.read(bytes), c.lang, s.parties.length), want, c.partyTotals);
      const wrong = withWrongCache(bytes);
      expect(wrong.changed).toBeGreaterThan(100);
      expect(comparisonFigures(XLSX.read(wrong.bytes), c.lang, s.parties.length).steps[0]!.financial).toBe(98765432);
      const recalculated = XLSX.read(libreOfficeRoundTrip(soffice!, wrong.bytes));
      expectMatches(comparisonFigures(recalculated, c.lang, s.parties.length), want, c.partyTotals);
    }, 180_000);
  }

  it('a changed tenderFixed, recalculated, equals the engine for that value with the same plan', () => {
    const s = smallScenario();
    const r = compute(s, { computedAt: at });
    // The plan as manual bundles reproduces the result exactly (sanity of the comparison itself).
    expect(engineFigures(compute(fixedPlanScenario(s, r), { computedAt: at }))).toEqual(engineFigures(r));
    const tender = 37_500;
    const want = engineFigures(compute(fixedPlanScenario(s, r, { tenderFixed: tender }), { computedAt: at }));
    expect(want.steps[1]).not.toEqual(engineFigures(r).steps[1]);
    const bytes = withSetting(writeFormulaWorkbook(s, r, { lang: 'en' }), 'en', 'tenderFixed', tender);
    const got = comparisonFigures(XLSX.read(libreOfficeRoundTrip(soffice!, bytes)), 'en', s.parties.length);
    expectMatches(got, want, true);
  }, 180_000);

  it('a changed co-financing share and cap and a unit cost, recalculated, move every party as the engine does', () => {
    const s = smallScenario();
    const r = compute(s, { computedAt: at });
    // The climate rule (funder rijk) at 45% with a 200,000 cap, and work W1 dearer: the cap now runs out
    // on W1 alone, so W4 gets nothing from it, and the rainwater rule pays from what is left of W1.
    const fixed = fixedPlanScenario(s, r, {});
    const changed = scenarioSchema.parse({
      ...fixed,
      coFinancing: fixed.coFinancing.map((c, i) => (i === 0 ? { ...c, share: 0.45, cap: 200_000 } : c)),
      works: fixed.works.map((w) => (w.id === 'W1' ? { ...w, unitCost: 520_000 } : w)),
    });
    const want = engineFigures(compute(changed, { computedAt: at }));
    expect(want.parties).not.toEqual(engineFigures(r).parties);
    const refs = new InputRefs('en');
    let bytes = writeFormulaWorkbook(s, r, { lang: 'en' });
    bytes = withInputCell(bytes, refs.cell('coFinancing', 'share', 0), 0.45);
    bytes = withInputCell(bytes, refs.cell('coFinancing', 'cap', 0), 200_000);
    bytes = withInputCell(bytes, refs.cell('works', 'unitCost', s.works.findIndex((w) => w.id === 'W1')), 520_000);
    const got = comparisonFigures(XLSX.read(libreOfficeRoundTrip(soffice!, bytes)), 'en', s.parties.length);
    expectMatches(got, want, true);
  }, 180_000);

  it('Settings rows kept from the user (notes between settings, an extra column): the references still hit their settings', () => {
    const s = scenarioSchema.parse({
      ...smallScenario(),
      settingsExtra: {
        columns: ['Source'],
        cells: { tenderFixed: { Source: 'tender 2025' } },
        unknownRows: [
          { key: 'Prepared by', value: 'team IBOR' },
          { key: 'note', after: 'baseYear', value: 'prices of 2026' },
          { key: '', after: 'discountRate', extra: { Source: 'CPB' } },
        ],
      },
    });
    const r = compute(s, { computedAt: at });
    const tender = 37_500;
    const want = engineFigures(compute(fixedPlanScenario(s, r, { tenderFixed: tender }), { computedAt: at }));
    const refs = new InputRefs('en', s.settingsExtra);
    expect(refs.setting('tenderFixed')).not.toBe(new InputRefs('en').setting('tenderFixed'));
    const bytes = writeFormulaWorkbook(s, r, { lang: 'en' });
    expectMatches(comparisonFigures(XLSX.read(libreOfficeRoundTrip(soffice!, withWrongCache(bytes).bytes)), 'en', s.parties.length), engineFigures(r), true);
    const changed = withInputCell(bytes, refs.setting('tenderFixed'), tender);
    expectMatches(comparisonFigures(XLSX.read(libreOfficeRoundTrip(soffice!, changed)), 'en', s.parties.length), want, true);
  }, 180_000);
});
