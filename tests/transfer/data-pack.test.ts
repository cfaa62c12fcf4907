// Plain data packed for the hand-over from a worker (a workbook's read outcome goes to the page
// this way): copied across as postMessage does, with the typed arrays transferred, and decoded on
// the page, it must be the very value packed: deep-equal, keys in the same order, same JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dataTransfers, packData, unpackData } from '../../engine/transfer/data';
import { readScenarioBytes } from '../../renderer/app/compute/engine';
import { writeWorkbook } from '../../engine/workbook/write';
import { generateCity } from '../../scenarios/generate-city';

function handOver(value: unknown): unknown {
  const packed = packData(value);
  const copied = structuredClone(packed, { transfer: dataTransfers(packed) });
  expect(packed.streams.ints.byteLength).toBe(0);
  return unpackData(copied);
}

function expectSame(back: unknown, value: unknown): void {
  expect(isDeepStrictEqual(back, value)).toBe(true);
  expect(JSON.stringify(back)).toBe(JSON.stringify(value));
}

describe('packed data hand-over', () => {
  it('gives exactly the example workbook read outcome', () => {
    const outcome = readScenarioBytes(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'scenarios', 'vier-testwijken.xlsx'))));
    expect(outcome.ok).toBe(true);
    expectSame(handOver(outcome), outcome);
  });

  it('gives exactly a generated city read outcome, and a failed read with its problems', () => {
    const city = generateCity({ seed: 3, neighbourhoods: 5, worksPerNeighbourhood: 80, horizonYears: 30 });
    const outcome = readScenarioBytes(writeWorkbook(city, { lang: 'nl' }));
    expect(outcome.ok).toBe(true);
    expectSame(handOver(outcome), outcome);
    const broken = readScenarioBytes(writeWorkbook({ ...city, works: [...city.works, city.works[0]!] }, { lang: 'en' }));
    expect(broken.ok).toBe(false);
    expectSame(handOver(broken), broken);
  });

  it('keeps every kind of value, odd keys and key order, and passes anything else as it is', () => {
    const value = {
      b: 1, a: [0, -0, Number.NaN, Infinity, 1.5e300, '', 'x', null, undefined, true, false, [], {}],
      '2': 'integer-like keys come first', ['__proto__']: { own: 'key' }, 'constructor': 'text',
      nested: [{ p: 1, q: 'r' }, { p: 2, q: 's' }, { q: 't', p: 3 }, { p: 4 }],
      date: new Date(0), bytes: new Uint8Array([1, 2, 3]), map: new Map([['k', 1]]),
    };
    expect(Object.keys(value)).toContain('__proto__');
    const back = handOver(value) as typeof value;
    expect(Object.keys(back)).toEqual(Object.keys(value));
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back.nested[2]!)).toEqual(['q', 'p']);
    expect(Object.is(back.a[1], -0)).toBe(true);
    expect(back.date).toBeInstanceOf(Date);
    expect(isDeepStrictEqual(back, value)).toBe(true);
  });
});
