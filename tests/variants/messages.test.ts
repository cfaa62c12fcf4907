// Every problem code emitted by the expression, variant and citizen modules has a Dutch and an
// English text with the same placeholders, and renders with its location.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as citizen from '../../engine/citizen/messages';
import * as expr from '../../engine/expr/messages';
import { t } from '../../engine/i18n';
import { renderProblem } from '../../engine/i18n/problems';
import { problem } from '../../engine/problems';
import * as variants from '../../engine/variants/messages';

const catalogues = [expr, variants, citizen];

describe('issue 3 problem texts', () => {
  it('Dutch and English have the same keys and placeholders', () => {
    for (const { nl, en } of catalogues) {
      expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
      for (const k of Object.keys(en) as (keyof typeof en)[]) {
        const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(ph(nl[k]), k).toEqual(ph(en[k]));
      }
    }
  });

  it('every code the modules emit has a registered text', () => {
    const emitted = new Set<string>();
    for (const dir of ['engine/expr', 'engine/variants', 'engine/citizen']) {
      for (const f of readdirSync(dir)) {
        if (f === 'messages.ts') continue;
        const src = readFileSync(join(dir, f), 'utf8');
        for (const m of src.matchAll(/'((?:expr|variants|citizen)\.[A-Za-z]+)'/g)) emitted.add(m[1]!);
      }
    }
    expect(emitted.size).toBeGreaterThan(20);
    for (const code of emitted) {
      expect(t('nl', code), code).not.toBe(code);
      expect(t('en', code), code).not.toBe(code);
    }
  });

  it('renders a located expression problem in both languages', () => {
    const p = problem('expr.decimalComma', { text: '0,7', suggestion: '0.7' }, { sheet: 'variants', row: 4, column: 'G', field: 'eligibility' });
    expect(renderProblem('nl', p)).toContain('Varianten, rij 4, kolom G (geschiktheid)');
    expect(renderProblem('nl', p)).toContain('schrijf een decimale punt ("0.7")');
    expect(renderProblem('en', p)).toContain('Variants, row 4, column G (eligibility)');
  });
});
