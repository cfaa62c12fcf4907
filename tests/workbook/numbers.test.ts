import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../engine/workbook/numbers';

// MODEL.md "The workbook template": numeric text in Dutch or English notation.
const table: [text: string, expected: number | 'ambiguous' | 'notNumber'][] = [
  ['12', 12],
  ['1.234,5', 1234.5],
  ['1,234.5', 1234.5],
  ['1.234.567', 1234567],
  ['1,234,567', 1234567],
  ['1.234.567,89', 1234567.89],
  ['1,234,567.89', 1234567.89],
  ['2,25%', 0.0225],
  ['2.25%', 0.0225],
  ['1,1%', 0.011],
  ['100%', 1],
  ['12,5', 12.5],
  ['12.5', 12.5],
  ['0,125', 0.125],
  ['0.125', 0.125],
  ['1234,567', 1234.567],
  [',5', 0.5],
  ['-3,5', -3.5],
  ['−3,5', -3.5],
  ['+7', 7],
  ['€ 1.500,00', 1500],
  ['€1,500.00', 1500],
  ['1 500', 1500],
  ['1\u00a0234,5', 1234.5],
  ['1\u202f234,5', 1234.5],
  ['1.5e3', 1500],
  ['15.000', 'ambiguous'],
  ['1,234', 'ambiguous'],
  ['999.999', 'ambiguous'],
  ['-1.234', 'ambiguous'],
  ['1,234%', 'ambiguous'],
  ['abc', 'notNumber'],
  ['', 'notNumber'],
  ['%', 'notNumber'],
  ['1.2.3', 'notNumber'],
  ['1.23.456', 'notNumber'],
  ['1,234.567,8', 'notNumber'],
  ['12,34.5', 'notNumber'],
  ['1.2,3.4', 'notNumber'],
  ['households * 11', 'notNumber'],
  ['2025-01-01', 'notNumber'],
];

describe('parseNumberText: Dutch and English notation', () => {
  it.each(table)('%s', (text, expected) => {
    const r = parseNumberText(text);
    if (typeof expected === 'number') {
      expect(r).toEqual({ ok: true, value: expected });
    } else {
      expect(r).toEqual({ ok: false, reason: expected });
    }
  });

  it('a percentage is exactly the double of its decimal notation, not a rounded division', () => {
    const r = parseNumberText('1,1%');
    expect(r.ok && r.value).toBe(0.011);
    expect(1.1 / 100).not.toBe(0.011); // why the text is shifted instead of divided
  });
});
