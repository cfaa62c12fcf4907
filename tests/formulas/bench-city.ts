// Benchmark (not part of npm test): the city-scale scenario (scenarios/generate-city.ts, 50,000
// works over 50 years) exported as the formula workbook, then opened by LibreOffice headless with a
// profile that forces recalculation of every formula on load, timed against the engine's compute in
// the same run. LibreOffice writes back only the Comparison sheet (as CSV): writing every sheet of a
// workbook this size back to xlsx would time LibreOffice's writer, not the spreadsheet approach.
// Prints both times, the ratio, LibreOffice's peak memory, and whether its step totals, savings and
// party totals match the engine's.
//
//   npm run bench:formulas            (full city)
//   npm run bench:formulas -- 10      (10 neighbourhoods of 500 works: a quicker look)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { t } from '../../engine/i18n';
import { compute } from '../../engine/compute';
import { writeFormulaWorkbook } from '../../engine/results-workbook/formulas/write';
import { generateCity } from '../../scenarios/generate-city';
import { findSoffice, libreOfficeSheetCsv } from '../support/soffice';
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

// Peak memory of LibreOffice, where GNU time is installed.
const timeFile = join(tmpdir(), `koppelkans-lo-time-${process.pid}`);
const wrapper = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M', '-o', timeFile] : [];
t0 = performance.now();
let csv: string;
try {
  csv = libreOfficeSheetCsv(soffice, bytes, 'city-formulas.xlsx', 1, 3 * 3_600_000, wrapper);
} catch (e) {
  console.log(`LibreOffice failed after ${(ms(t0) / 1000).toFixed(1)} s: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exit(1);
}
const loMs = ms(t0);
const peak = existsSync(timeFile) ? `, peak memory ${(Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024 / 1024).toFixed(1)} GB` : '';
rmSync(timeFile, { force: true });
console.log(`LibreOffice open + full recalculation + Comparison sheet as CSV: ${(loMs / 1000).toFixed(1)} s${peak}`);
console.log(`ratio LibreOffice / engine compute: ${(loMs / computeMs).toFixed(1)}×`);

const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, XLSX.read(csv, { type: 'string' }).Sheets.Sheet1!, t('en', 'formulas.sheet.comparison'));
const got = comparisonFigures(book, 'en', result.parties.length);
const want = engineFigures(result);
const eur = (c: number) => (c / 100).toFixed(2);
got.steps.forEach((s, i) => {
  const w = want.steps[i]!;
  console.log(`step ${result.steps[i]!.id}: LibreOffice ${eur(s.financial)} / ${eur(s.societal)}, engine ${eur(w.financial)} / ${eur(w.societal)}, diff ${s.financial - w.financial} / ${s.societal - w.societal} cents`);
});
const savingDiffs = (['bundling', 'differentiation', 'citizen', 'total'] as const)
  .map((k) => Math.abs(got.savings[k].financial - want.savings[k].financial) + Math.abs(got.savings[k].societal - want.savings[k].societal));
const partyDiff = Math.max(0, ...got.parties.flatMap((p, i) => p.pv.map((v, s) => Math.abs(v - want.parties[i]!.pv[s]!))));
console.log(`savings: total difference ${savingDiffs.reduce((a, b) => a + b, 0)} cents; parties: largest difference ${partyDiff} cent(s)`);
