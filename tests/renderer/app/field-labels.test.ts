// Every column of the workbook template has a label in both languages, so no grid, dialog or
// comparison shows a bare field key; and the two catalogues name the same fields.
import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldLabels } from '../../../engine/i18n/fields';
import { sheetDefs } from '../../../engine/scenario/columns';

describe('field labels', () => {
  it('label every template column in Dutch and English', () => {
    for (const sheet of sheetDefs) {
      for (const c of sheet.columns) {
        for (const lang of ['nl', 'en'] as const) expect(fieldLabels[lang][c.key], `${sheet.key}.${c.key} (${lang})`).toBeTruthy();
      }
    }
    expect(Object.keys(fieldLabels.nl).sort()).toEqual(Object.keys(fieldLabels.en).sort());
  });

  it('carry the unit, and keep a column without a label by its own name', () => {
    expect(fieldLabel('nl', 'durationDays')).toBe('Duur (werkdagen)');
    expect(fieldLabel('en', 'openedArea')).toBe('Opened area (m²)');
    expect(fieldLabel('nl', 'bodemtype')).toBe('bodemtype');
  });
});
