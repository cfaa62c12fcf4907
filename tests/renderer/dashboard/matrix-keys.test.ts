// Where each key moves the focus in the opportunity matrix: a grid of neighbourhood rows whose
// chips are read by year column, then top to bottom inside a column.
import { describe, expect, it } from 'vitest';
import { chipAfterKey, rowAfterKey } from '../../../renderer/dashboard/matrix-keys';

// Row a: A1 in 2030 (x 100), a bundle A2 over A3 in 2032 (x 200, y 10 and 30), A4 in 2035 (x 350).
// Row b: no chips. Row c: C1 in 2031 (x 150), C2 in 2034 (x 300). Chips are given out of order on
// purpose: the component hands them in drawing order, which is by project, not by column.
const rows = [
  { chips: [{ work: 'A4', x: 350, y: 10 }, { work: 'A3', x: 200, y: 30 }, { work: 'A1', x: 100, y: 10 }, { work: 'A2', x: 200, y: 10 }] },
  { chips: [] },
  { chips: [{ work: 'C2', x: 300, y: 10 }, { work: 'C1', x: 150, y: 10 }] },
];

describe('chipAfterKey', () => {
  it('Left and Right walk a neighbourhood by year, then down a bundle', () => {
    const walk: string[] = ['A1'];
    for (let w = chipAfterKey(rows, 'A1', 'ArrowRight'); w; w = chipAfterKey(rows, w, 'ArrowRight')) walk.push(w);
    expect(walk).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(chipAfterKey(rows, 'A3', 'ArrowLeft')).toBe('A2');
    // At the edges there is nowhere to go.
    expect(chipAfterKey(rows, 'A1', 'ArrowLeft')).toBeNull();
    expect(chipAfterKey(rows, 'A4', 'ArrowRight')).toBeNull();
  });

  it('Up and Down go to the nearest chip of the next neighbourhood that has chips', () => {
    // Empty row b is skipped; nearest column to x 350 in row c is C2 (300).
    expect(chipAfterKey(rows, 'A4', 'ArrowDown')).toBe('C2');
    expect(chipAfterKey(rows, 'A1', 'ArrowDown')).toBe('C1');
    // From C1 (x 150) up: A1 (100) and A2/A3 (200) are 50 away; the first in reading order wins.
    expect(chipAfterKey(rows, 'C1', 'ArrowUp')).toBe('A1');
    // From C2 (x 300, y 10): A4 at 350 is nearer than the 2032 bundle at 200.
    expect(chipAfterKey(rows, 'C2', 'ArrowUp')).toBe('A4');
    expect(chipAfterKey(rows, 'A2', 'ArrowUp')).toBeNull();
    expect(chipAfterKey(rows, 'C1', 'ArrowDown')).toBeNull();
  });

  it('Up and Down keep the height inside a column when columns tie', () => {
    const stacked = [
      { chips: [{ work: 'T1', x: 200, y: 10 }, { work: 'T2', x: 200, y: 30 }, { work: 'T3', x: 200, y: 50 }] },
      { chips: [{ work: 'B1', x: 200, y: 10 }, { work: 'B2', x: 200, y: 30 }] },
    ];
    expect(chipAfterKey(stacked, 'T2', 'ArrowDown')).toBe('B2');
    expect(chipAfterKey(stacked, 'T3', 'ArrowDown')).toBe('B2');
    expect(chipAfterKey(stacked, 'B1', 'ArrowUp')).toBe('T1');
  });

  it('Home and End go to the ends of the neighbourhood; with Ctrl, of the matrix', () => {
    expect(chipAfterKey(rows, 'A3', 'Home')).toBe('A1');
    expect(chipAfterKey(rows, 'A2', 'End')).toBe('A4');
    expect(chipAfterKey(rows, 'C2', 'Home')).toBe('C1');
    expect(chipAfterKey(rows, 'A2', 'End', true)).toBe('C2');
    expect(chipAfterKey(rows, 'C2', 'Home', true)).toBe('A1');
    // Already there: no move.
    expect(chipAfterKey(rows, 'A1', 'Home')).toBeNull();
  });

  it('an unknown work goes nowhere', () => {
    expect(chipAfterKey(rows, 'Z9', 'ArrowRight')).toBeNull();
    expect(chipAfterKey([], 'A1', 'ArrowDown')).toBeNull();
  });
});

describe('rowAfterKey (from a neighbourhood name)', () => {
  // Names a (open, with chips), b (closed: no chips) and c (open).
  const named = rows.map((r, i) => ({ ...r, row: { neighbourhood: 'abc'[i]! } }));

  it('Up and Down go to the name above and below, closed rows included; none past the ends', () => {
    expect(rowAfterKey(named, 'a', 'ArrowDown')).toEqual({ row: 'b' });
    expect(rowAfterKey(named, 'b', 'ArrowDown')).toEqual({ row: 'c' });
    expect(rowAfterKey(named, 'b', 'ArrowUp')).toEqual({ row: 'a' });
    expect(rowAfterKey(named, 'a', 'ArrowUp')).toBeNull();
    expect(rowAfterKey(named, 'c', 'ArrowDown')).toBeNull();
  });

  it('Home and End go to the first and last name', () => {
    expect(rowAfterKey(named, 'b', 'Home')).toEqual({ row: 'a' });
    expect(rowAfterKey(named, 'b', 'End')).toEqual({ row: 'c' });
    expect(rowAfterKey(named, 'a', 'Home')).toBeNull();
  });

  it('Right goes into an open band at its first chip by year; a closed band has none', () => {
    expect(rowAfterKey(named, 'a', 'ArrowRight')).toEqual({ work: 'A1' });
    expect(rowAfterKey(named, 'c', 'ArrowRight')).toEqual({ work: 'C1' });
    expect(rowAfterKey(named, 'b', 'ArrowRight')).toBeNull();
    expect(rowAfterKey(named, 'z', 'ArrowDown')).toBeNull();
  });
});
