// A workbook whose read fails still speaks its own language: its sheet names tell it, so the
// command line renders the problems in it ("Works, row 4, …" for an English workbook, even under a
// Dutch default), and only an explicit --lang overrides that.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../engine/i18n';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { buildExample } from '../../scenarios/example';
import { duplicateRowsWorkbook } from '../workbook/fuzz';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'koppelkans-lang-'));
const slow = 300_000;

/** The example in `lang`, with the planned year of its third work (sheet row 4) made a word. */
function broken(lang: Lang, word: string): { bytes: Uint8Array; column: string } {
  const wb = XLSX.read(writeWorkbook(buildExample(), { lang }));
  const works = wb.Sheets[lang === 'en' ? 'Works' : 'Werken'] as XLSX.WorkSheet;
  const header = XLSX.utils.sheet_to_json<string[]>(works, { header: 1 })[0] ?? [];
  const column = XLSX.utils.encode_col(header.indexOf(lang === 'en' ? 'plannedYear' : 'gepland'));
  works[`${column}4`] = { t: 's', v: word };
  return { bytes: new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })), column };
}

const en = broken('en', 'twenty');
const nl = broken('nl', 'twintig');
const enFile = join(dir, 'broken.xlsx');
const nlFile = join(dir, 'kapot.xlsx');
writeFileSync(enFile, en.bytes);
writeFileSync(nlFile, nl.bytes);

describe('the language of a failed read', () => {
  it('the reader reports the language its sheet names tell, also when a cell is bad', () => {
    for (const [bytes, lang] of [[en.bytes, 'en'], [nl.bytes, 'nl']] as const) {
      const r = readWorkbook(bytes);
      expect(r.ok).toBe(false);
      expect(r.lang).toBe(lang);
    }
  });

  it('tells no language when no sheet name is one of the template', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'Blad1');
    const r = readWorkbook(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })));
    expect(r.ok).toBe(false);
    expect(r.lang).toBeUndefined();
  });
});

describe('koppelkans compute on a workbook with a bad cell', { timeout: slow }, () => {
  it('an English workbook: English problems under a Dutch default', async () => {
    const r = await runCli(['compute', enFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Works, row 4, column ${en.column} (plannedYear): "twenty" is not a number.`);
    expect(r.stderr).not.toMatch(/Werken|rij 4|geen getal/);
  });

  it('a Dutch workbook: Dutch problems under an English locale', async () => {
    const r = await runCli(['compute', nlFile], { LANG: 'en_GB.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Werken, rij 4, kolom ${nl.column} (gepland): "twintig" is geen getal.`);
  });

  it('an explicit --lang still wins', async () => {
    const r = await runCli(['compute', enFile, '--lang', 'nl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Werken, rij 4, kolom ${en.column} (gepland): "twenty" is geen getal.`);
  });

  it('a list cut at the cap is counted as more than its first 1000, not as 1001', async () => {
    const file = join(dir, 'repeated.xlsx');
    writeFileSync(file, duplicateRowsWorkbook(20_000));
    const r = await runCli(['compute', file]);
    expect(r.code).toBe(2);
    // The example is a Dutch workbook, so its problems are Dutch.
    expect(r.stderr).toContain('bevat meer dan 1000 fout(en):');
    expect(r.stderr).toContain('Meer dan 1000 problemen: alleen de eerste 1000 staan hier.');
  });
});
