// The dashboard's catalogue: both languages carry the same keys, every key the dashboard code uses
// exists, and the components hold no hard-coded text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../engine/i18n/dashboard';
import { costKeys, stepIds } from '../../../engine/model/result';
import { allocationRules, bundleModes, sheetKeys } from '../../../engine/scenario/schema';
import { whatIfNumberKeys } from '../../../renderer/dashboard/whatif';

const dir = join(__dirname, '..', '..', '..', 'renderer', 'dashboard');
const sources = readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('dashboard messages', () => {
  it('nl and en define the same keys, none empty', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(nl), ...Object.entries(en)]) expect(v, k).not.toBe('');
  });

  it('every literal key in the dashboard code exists', () => {
    const used = new Set(sources.flatMap(([, s]) => [...s.matchAll(/'((?:dash|whatif)\.[a-zA-Z.]+)'/g)].map((m) => m[1]!)));
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('keys built from names exist for every step, cost, setting and choice', () => {
    const keys = [
      ...stepIds.map((s) => `dash.step.${s}`), ...costKeys.map((c) => `dash.cost.${c}`),
      ...costKeys.map((c) => `dash.formula.cost.${c}`), ...whatIfNumberKeys.map((k) => `whatif.setting.${k}`),
      ...bundleModes.map((m) => `whatif.bundleMode.${m}`), ...allocationRules.map((r) => `whatif.allocationRule.${r}`),
      'dash.saving.bundling', 'dash.saving.differentiation', 'dash.saving.citizen', 'dash.saving.total',
      ...sheetKeys.map((k) => `dash.sheet.${k}`),
      'dash.timing.end', 'dash.timing.mid', 'dash.timing.start',
    ];
    expect(keys.filter((k) => !(k in en) || !(k in nl))).toEqual([]);
  });

  it('components hold no hard-coded words between tags', () => {
    // Text nodes in JSX: >Words< with letters; symbols, numbers and {expressions} are fine.
    const bad = sources.filter(([f]) => f.endsWith('.tsx')).flatMap(([f, s]) =>
      [...s.matchAll(/>\s*([A-Za-z][A-Za-z ]{2,})\s*</g)].map((m) => `${f}: ${m[1]}`));
    expect(bad).toEqual([]);
  });
});
