// The interface texts: Dutch and English name the same keys, and every literal `t('ui.…')` key the
// app uses exists (a missing one would show its key to the user).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles as sources } from '../../support/sources';
import { en, nl } from '../../../engine/i18n/ui';

const appDir = join(__dirname, '..', '..', '..', 'renderer', 'app');

describe('ui catalogue', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(nl), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('holds every literal ui key the app uses', () => {
    const used = new Set<string>();
    for (const file of sources(appDir)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(ui\.[A-Za-z0-9_.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((k) => !(k in nl));
    expect(missing).toEqual([]);
  });
});
