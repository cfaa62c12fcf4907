// A read lists at most MAX_PROBLEMS problems and then says there are more, so that a sheet of one row
// repeated tens of thousands of times is refused in well under a second instead of read, checked and
// listed in full; below the cap every problem is still listed, with all rules at once.
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../engine/workbook/read';
import { MAX_PROBLEMS } from '../../engine/workbook/problem-cap';
import { renderProblem } from '../../engine/i18n/problems';
import { problemCount } from '../../engine/i18n/limits';
import { problem, tally } from '../../engine/problems';
import { book, englishSheets } from './helpers';
import { duplicateRowsWorkbook } from './fuzz';

const problemsOf = (bytes: Uint8Array) => {
  const r = readWorkbook(bytes);
  if (r.ok) throw new Error('expected the read to fail');
  return r.problems;
};

describe('the problem cap of a read', () => {
  it('stops a sheet of 20,000 repeated rows at the cap, naming the first duplicates and saying there are more', () => {
    const problems = problemsOf(duplicateRowsWorkbook(20_000));
    expect(problems.length).toBe(MAX_PROBLEMS + 1);
    const last = problems[problems.length - 1]!;
    expect(last).toMatchObject({ code: 'problems.more', severity: 'error', params: { max: MAX_PROBLEMS } });
    const first = problems.find((p) => p.code === 'id.duplicate');
    expect(first).toMatchObject({ sheet: 'works', field: 'id', column: 'A' });
    expect(first?.row).toBeGreaterThan(2);
    expect(renderProblem('nl', last)).toContain('Meer dan 1000 problemen');
    expect(renderProblem('en', last)).toContain('More than 1000 problems');
  });

  it('stops at the cap on a column of bad cells too', () => {
    const sheets = englishSheets();
    const works = sheets.Works!;
    const [header, first] = [works[0]!, works[1]!];
    const plannedYear = header.indexOf('plannedYear');
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const row = [...first];
      row[0] = `W${i}`;
      row[plannedYear] = 'twenty';
      return row;
    });
    const problems = problemsOf(book({ ...sheets, Works: [header, ...rows] }));
    expect(problems.length).toBe(MAX_PROBLEMS + 1);
    expect(problems[0]!).toMatchObject({ sheet: 'works', row: 2, field: 'plannedYear' });
    expect(problems[problems.length - 1]!.code).toBe('problems.more');
  });

  it('below the cap lists duplicates from validation, with the other rules of the same read', () => {
    const sheets = englishSheets();
    const works = sheets.Works!;
    const [header, first] = [works[0]!, works[1]!];
    const party = header.indexOf('party');
    const copy = [...first];
    copy[party] = 'NOBODY';
    const problems = problemsOf(book({ ...sheets, Works: [...works, copy] }));
    const codes = problems.map((p) => p.code);
    expect(codes).toContain('id.duplicate');
    expect(codes).toContain('ref.unknownParty');
    expect(codes).not.toContain('problems.more');
    expect(problems.find((p) => p.code === 'id.duplicate')).toMatchObject({ sheet: 'works', row: 5, column: 'A' });
  });

  it('a count shown to a person leaves the closing problem out and says the list was cut', () => {
    const cut = problemsOf(duplicateRowsWorkbook(20_000));
    expect(tally(cut)).toEqual({ n: MAX_PROBLEMS, more: true });
    expect(problemCount('nl', cut)).toBe('meer dan 1000');
    expect(problemCount('en', cut, 'error')).toBe('more than 1000');
    const few = [problem('value.required'), problem('sheet.ignored', { name: 'x' }, {}, 'warning')];
    expect(tally(few, 'error')).toEqual({ n: 1, more: false });
    expect(problemCount('nl', few)).toBe(2);
  });
});
