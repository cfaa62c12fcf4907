import { describe, expect, it } from 'vitest';
import { en, nl, problemCodes, renderProblem } from '../../engine/i18n/problems';
import { problem } from '../../engine/problems';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('problem texts', () => {
  it('Dutch and English catalogues have the same keys and placeholders', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(nl[k]), k).toEqual(ph(en[k]));
    }
  });

  it('every problem code the codec and the rules emit has a text', () => {
    // Every problem('code' ...) call and every conversion failure code in the codec's sources.
    const files = [
      ...readdirSync('engine/workbook').map((f) => join('engine/workbook', f)),
      'engine/scenario/validate.ts',
    ];
    const emitted = new Set<string>();
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/(?:problem\(|fail\(|\[)'([a-z]+\.[A-Za-z]+)'/g)) emitted.add(m[1]!);
      for (const m of src.matchAll(/'(cell\.[A-Za-z]+|value\.[A-Za-z]+)'/g)) emitted.add(m[1]!);
    }
    expect(emitted.size).toBeGreaterThan(30);
    for (const code of emitted) expect(problemCodes, code).toContain(code);
  });

  it('renders the location in the language of the text', () => {
    const p = problem('year.outsideHorizon', { year: 2090, from: 2025, to: 2074 }, { sheet: 'works', row: 7, column: 'F', field: 'plannedYear' });
    expect(renderProblem('nl', p)).toBe('Werken, rij 7, kolom F (gepland): Het jaar 2090 ligt buiten de horizon 2025–2074.');
    expect(renderProblem('en', p)).toBe('Works, row 7, column F (plannedYear): The year 2090 lies outside the horizon 2025–2074.');
    const item = problem('ref.unknownParty', { id: 'X' }, { sheet: 'citizenMaintenance', index: 2, field: 'party' });
    expect(renderProblem('nl', item)).toBe('Zelfbeheer, regel 3 (partij): De partij "X" staat niet op het werkblad Partijen.');
    expect(renderProblem('en', problem('file.notZip'))).toBe('This is not an .xlsx workbook (it is not a zip file).');
  });
});
