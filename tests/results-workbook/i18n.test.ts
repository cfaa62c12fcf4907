import { describe, expect, it } from 'vitest';
import { en, nl } from '../../engine/i18n/results';
import { t } from '../../engine/i18n';

describe('results catalogue', () => {
  it('Dutch and English define the same keys, none empty', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const v of [...Object.values(nl), ...Object.values(en)]) expect(v.trim()).not.toBe('');
  });

  it('sheet names are valid Excel sheet names (≤ 31 characters, no []:*?/\\)', () => {
    for (const c of [nl, en]) for (const [k, v] of Object.entries(c)) {
      if (!k.startsWith('results.sheet.')) continue;
      expect(v.length).toBeLessThanOrEqual(31);
      expect(v).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('the Shapley limit problem renders with its parameters', () => {
    expect(t('nl', 'allocation.tooManyParties', { works: 'W1, W2', parties: 13, max: 12 })).toContain('13 partijen');
    expect(t('en', 'allocation.tooManyParties', { works: 'W1, W2', parties: 13, max: 12 })).toContain('at most 12');
  });
});
