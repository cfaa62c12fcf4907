// A workbook that reads but breaks a cross-sheet rule (a work in an unknown neighbourhood) is not
// lost: it opens as a document, its problems name the workbook's own row and column while the
// inputs are as read, and after an edit they fall back to item numbers. A file that is no workbook
// at all still fails with its problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBytes } from '../../../renderer/app/files';
import { problemParts } from '../../../renderer/app/problem-text';
import { computeScenario } from '../../../renderer/app/compute/engine';
import { locate, readWorkbook } from '../../../engine/workbook/read';
import { writeWorkbook } from '../../../engine/workbook/write';

const read = readWorkbook(new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'scenarios', 'vier-testwijken.xlsx'))));
if (!read.ok) throw new Error('example does not read');
const example = read.scenario;

describe('opening a workbook with rule errors', () => {
  const bad = { ...example, works: example.works.map((w, i) => (i === 2 ? { ...w, neighbourhood: 'Nergenshuizen' } : w)) };
  const bytes = new Uint8Array(writeWorkbook(bad, { lang: 'nl' }));

  it('the codec returns the scenario and where it sat next to the problems', () => {
    const r = readWorkbook(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.scenario?.works[2]?.neighbourhood).toBe('Nergenshuizen');
    expect(r.sources?.works?.rows[2]).toBe(4);
    expect(r.problems.some((p) => p.severity === 'error' && p.sheet === 'works' && p.row === 4)).toBe(true);
  });

  it('opens as a document whose current problems point at the workbook cell', () => {
    const r = openBytes({ path: 'fout.xlsx', name: 'fout.xlsx', bytes });
    expect(r.kind).toBe('failed');
    if (r.kind !== 'failed' || !r.doc) throw new Error('no document');
    const doc = r.doc;
    expect(doc.name).toBe('fout');
    expect(doc.present.scenario.works).toHaveLength(example.works.length);
    // The errors are the inputs' own: computing them gives them again, located by the sources.
    const outcome = computeScenario(doc.present.scenario);
    expect(outcome.ok).toBe(false);
    if (outcome.ok || !doc.sources) throw new Error('expected problems and sources');
    expect(doc.sourcesOf).toBe(doc.present.scenario);
    const p = outcome.problems.map((x) => locate(x, doc.sources!)).find((x) => x.sheet === 'works')!;
    expect(p).toMatchObject({ sheet: 'works', index: 2, field: 'neighbourhood', row: 4, column: 'B' });
    const parts = problemParts('nl', p);
    expect(parts.where).toBe('Werken, rij 4, kolom B (wijk)');
    expect(parts.message).toContain('Nergenshuizen');
    const unlocated = problemParts('en', outcome.problems.find((x) => x.sheet === 'works')!);
    // Not located in the file any more, it still names the workbook row (header on row 1), one numbering everywhere.
    expect(unlocated.where).toBe('Works, row 4 (neighbourhood)');
  });

  it('a file that is not a workbook still fails with its problem and no document', () => {
    const r = openBytes({ path: 'kapot.xlsx', name: 'kapot.xlsx', bytes: new TextEncoder().encode('geen zip') });
    expect(r.kind).toBe('failed');
    if (r.kind !== 'failed') return;
    expect(r.doc).toBeUndefined();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(problemParts('nl', r.problems[0]!).where).toBe('');
  });
});
