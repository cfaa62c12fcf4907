import { describe, expect, it } from 'vitest';
import { en, nl } from '../../engine/i18n/cli';

describe('CLI message catalogues', () => {
  it('define the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl)) expect([key, params(nl[key] ?? '')]).toEqual([key, params(en[key] ?? '')]);
  });
});
