// Benchmark (not part of npm test): the city-scale scenario (scenarios/generate-city.ts, 50,000
// works over 50 years) exported as the formula workbook, then recalculated by LibreOffice headless
// with a profile that forces recalculation on load, timed against the engine's compute in the same
// run. Prints both times, the ratio, and whether LibreOffice's step totals match the engine's.
//
//   npm run bench:formulas            (full city)
//   npm run bench:formulas -- 10      (10 neighbourhoods of 500 works: a quicker look)
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { compute } from '../../engine/model/compute';
import { writeFormulaWorkbook } from '../../engine/results-workbook/formulas/write';
import { generateCity } from '../../scenarios/generate-city';
import { findSoffice, libreOfficeRoundTrip } from '../support/soffice';
import { comparisonFigures, engineFigures } from './helpers';

const ms = (t0: number) => performance.now() - t0;
const neighbourhoods = Number(process.argv[2] ?? 100);
const soffice = findSoffice();
if (!soffice) {
  console.log('LibreOffice (soffice) not found: nothing to compare against');
  process.exit(0);
}
const scenario = generateCity({ neighbourhoods });
console.log(`city: ${scenario.works.length} works, ${scenario.settings.horizonYears} years; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
let t0 = performance.now();
const result = compute(scenario, { computedAt: '2026-01-01T00:00:00.000Z' });
const computeMs = ms(t0);
console.log(`engine compute: ${(computeMs / 1000).toFixed(2)} s`);
t0 = performance.now();
const bytes = writeFormulaWorkbook(scenario, result, { lang: 'en' });
const writeMs = ms(t0);
mkdirSync('.bench', { recursive: true });
writeFileSync(join('.bench', 'city-formulas.xlsx'), bytes);
console.log(`formula workbook: ${(bytes.length / 1e6).toFixed(1)} MB written in ${(writeMs / 1000).toFixed(2)} s (.bench/city-formulas.xlsx)`);
t0 = performance.now();
let recalculated: Uint8Array;
try {
  recalculated = libreOfficeRoundTrip(soffice, bytes, 'city-formulas.xlsx', 3_600_000);
} catch (e) {
  console.log(`LibreOffice failed after ${(ms(t0) / 1000).toFixed(1)} s: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exit(1);
}
const loMs = ms(t0);
console.log(`LibreOffice open + full recalculation + save: ${(loMs / 1000).toFixed(1)} s`);
console.log(`ratio LibreOffice / engine compute: ${(loMs / computeMs).toFixed(1)}×`);
const got = comparisonFigures(XLSX.read(recalculated, { sheets: 0, dense: true }), 'en', 0);
const want = engineFigures(result);
got.steps.forEach((s, i) => {
  const w = want.steps[i]!;
  console.log(`step ${result.steps[i]!.id}: LibreOffice ${(s.financial / 100).toFixed(2)} / ${(s.societal / 100).toFixed(2)}, engine ${(w.financial / 100).toFixed(2)} / ${(w.societal / 100).toFixed(2)}, diff ${s.financial - w.financial} / ${s.societal - w.societal} cents`);
});
