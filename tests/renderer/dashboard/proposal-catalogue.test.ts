// The printed proposal's texts: Dutch and English name the same keys, none empty, and every
// literal print.* key the party view and the proposal use exists (a missing one would print its key).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles as sources } from '../../support/sources';
import { en, nl } from '../../../engine/i18n/proposal-print';

const dirs = [join(__dirname, '..', '..', '..', 'renderer', 'dashboard', 'party'), join(__dirname, '..', '..', '..', 'renderer', 'app')];

describe('proposal catalogue', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(nl), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('holds every literal print key the views use', () => {
    const used = new Set<string>();
    for (const file of dirs.flatMap(sources)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(print\.[A-Za-z0-9_.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !(k in nl))).toEqual([]);
  });
});
