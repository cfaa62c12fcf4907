// `koppelkans compute <workbook> --out results.xlsx --formulas` writes the formula workbook; its
// cached Comparison figures equal the --json summary printed in the same run.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { t } from '../../engine/i18n';
import '../../engine/i18n/formulas';
import '../../engine/i18n/results';
import { runCli } from '../cli/run-cli';
import { comparisonFigures } from './helpers';

describe('compute --out --formulas', () => {
  it('writes the formula workbook whose figures match the JSON summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koppelkans-formulas-'));
    const input = join(dir, 'vier.xlsx');
    expect((await runCli(['example', input, '--lang', 'en'])).code).toBe(0);
    const out = join(dir, 'results.xlsx');
    const run = await runCli(['compute', input, '--json', '--out', out, '--formulas']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { steps: { financialPV: number; societalPV: number }[]; parties: unknown[] };
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames[0]).toBe(t('en', 'formulas.sheet.comparison'));
    const got = comparisonFigures(wb, 'en', json.parties.length);
    expect(got.steps).toEqual(json.steps.map((s) => ({ financial: Math.round(s.financialPV * 100), societal: Math.round(s.societalPV * 100) })));
    // Without --formulas the standard results workbook is written.
    const plain = join(dir, 'plain.xlsx');
    expect((await runCli(['compute', input, '--out', plain])).code).toBe(0);
    expect(XLSX.read(readFileSync(plain)).SheetNames[0]).toBe(t('en', 'results.sheet.summary'));
  }, 120_000);
});
