// Paste from Excel: tab-separated blocks with quoted cells, a header line in Dutch or English,
// Dutch and English number notation, and all-or-nothing on any problem.
import { describe, expect, it } from 'vitest';
import { buildExample } from '../../../scenarios/example/index';
import { pasteRows, splitTsv } from '../../../renderer/app/editor/paste';
import { editText, parseCell } from '../../../renderer/app/editor/cells';
import type { Work } from '../../../engine/scenario/schema';

describe('splitTsv', () => {
  it('splits lines and tabs, keeps quoted tabs, line breaks and quotes, drops the trailing line break', () => {
    expect(splitTsv('a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(splitTsv('"x\ty"\t"two\nlines"\t"say ""hi"""\n')).toEqual([['x\ty', 'two\nlines', 'say "hi"']]);
    expect(splitTsv('a\t\tc\n\t\t\n')).toEqual([['a', '', 'c']]);
  });
});

describe('cell text', () => {
  it('parses like the workbook codec: Dutch and English notation, percent, ambiguity', () => {
    expect(parseCell('1.234,5', 'number')).toEqual({ ok: true, value: 1234.5 });
    expect(parseCell('1,234.5', 'number')).toEqual({ ok: true, value: 1234.5 });
    expect(parseCell('2,25%', 'fraction')).toEqual({ ok: true, value: 0.0225 });
    expect(parseCell('€ 15 000', 'number')).toEqual({ ok: true, value: 15000 });
    expect(parseCell('15.000', 'number')).toMatchObject({ ok: false, key: 'value.ambiguousNumber' });
    expect(parseCell('2.25', 'fraction')).toMatchObject({ ok: false, key: 'value.fractionAboveOne' });
    expect(parseCell('ja', 'bool')).toEqual({ ok: true, value: true });
    expect(parseCell('optimaal', 'choice', ['none', 'manual', 'optimal'])).toEqual({ ok: true, value: 'optimal' });
    expect(parseCell('riool; water', 'tags')).toEqual({ ok: true, value: ['riool', 'water'] });
    expect(parseCell('', 'number')).toEqual({ ok: true, value: undefined });
  });

  it('shows numbers so that they read back to the same value', () => {
    for (const v of [12.345, 0.0225, 15000, 1234567.5, -3.1]) {
      for (const lang of ['nl', 'en'] as const) {
        const r = parseCell(editText(v, lang), 'number');
        expect(r).toEqual({ ok: true, value: v });
      }
    }
    expect(editText(12.345, 'nl')).toBe('12,3450');
  });
});

describe('pasteRows', () => {
  const s = buildExample();
  const nb = s.neighbourhoods[0]!.id;
  const party = s.parties[0]!.id;

  it('appends rows under a Dutch header line, matching columns by name in any order', () => {
    const text = `eenheidsprijs\tid\twijk\tpartij\tgepland\thoeveelheid\tlevensduur\n1.250,50\tNEW1\t${nb}\t${party}\t${s.settings.baseYear + 1}\t10\t40\n`;
    const r = pasteRows(s, 'works', text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.added).toBe(1);
    const w = r.rows[r.rows.length - 1] as Work;
    expect(w).toMatchObject({ id: 'NEW1', neighbourhood: nb, party, unitCost: 1250.5, quantity: 10, lifetimeYears: 40 });
    expect(r.rows).toHaveLength(s.works.length + 1);
  });

  it('accepts an English header with English notation', () => {
    const text = `id\tneighbourhood\tparty\tplannedYear\tquantity\tunitCost\tlifetimeYears\nE1\t${nb}\t${party}\t${s.settings.baseYear}\t1,500\t2.5\t30`;
    // 1,500 alone is ambiguous; with the decimal point elsewhere in the block it is still refused per cell.
    const r = pasteRows(s, 'works', text);
    expect(r.ok).toBe(false);
    const ok = pasteRows(s, 'works', text.replace('1,500', '1,500.0'));
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.rows[ok.rows.length - 1]).toMatchObject({ id: 'E1', quantity: 1500, unitCost: 2.5 });
  });

  it('without a header fills from the focused cell rightwards and downwards, adding rows past the end', () => {
    const last = s.works.length - 1;
    const text = '111\tm2\n222\tm3\n';
    const r = pasteRows(s, 'works', text, { row: last, column: 'quantity' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changed).toBe(1);
    expect(r.added).toBe(1);
    expect(r.rows[last]).toMatchObject({ quantity: 111, unit: 'm2', id: s.works[last]!.id });
    expect(r.rows[last + 1]).toMatchObject({ quantity: 222, unit: 'm3' });
    // The added row got a fresh id, not a copy of an existing one.
    const ids = r.rows.map((w) => (w as Work).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is all or nothing: one bad cell reports line and column and changes nothing', () => {
    const text = 'id\twijk\tpartij\tgepland\thoeveelheid\nA\tX\tY\t2030\tveel\nB\tX\tY\t2030\t-4\n';
    const r = pasteRows(s, 'works', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      expect.objectContaining({ line: 2, column: 'quantity', key: 'value.notNumber' }),
      expect.objectContaining({ line: 3, column: 'quantity', key: 'ui.cell.tooSmall' }),
    ]);
  });
});
