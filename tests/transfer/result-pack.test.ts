// The compact hand-over of a result from the worker to the page: packed in the worker, copied
// across as postMessage does (structuredClone with the typed arrays transferred), decoded on the
// page. What the page reads must be exactly compute()'s result: same JSON byte for byte (keys in
// the same order) and deep-equal, on the example and on a seeded generated city; views left for
// later come from the worker's own result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import type { ComputeResult } from '../../engine/model/result';
import { readWorkbook } from '../../engine/workbook/read';
import { packedTransfers, packResult, unpackResult } from '../../engine/transfer/result';
import { generateCity } from '../../scenarios/generate-city';

const read = readWorkbook(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'scenarios', 'vier-testwijken.xlsx'))));
if (!read.ok) throw new Error('example does not read');
const example = read.scenario;
const later = ['capitalCharges', 'neighbourhoods'];

/** Through the hand-over and back: the page's result, and the worker's (views read after packing). */
function handOver(result: ComputeResult): ComputeResult {
  const packed = packResult(result, later);
  const copied = structuredClone(packed, { transfer: packedTransfers(packed) });
  expect(packed.streams.nums.byteLength).toBe(0);
  return unpackResult(copied, (k) => structuredClone(result[k as keyof ComputeResult]));
}

describe('packed result hand-over', () => {
  it('gives exactly the example result', () => {
    const original = compute(example, { computedAt: '2026-01-01T00:00:00.000Z' });
    const page = handOver(original);
    expect(JSON.stringify(page)).toBe(JSON.stringify(original));
    expect(page).toEqual(original);
  });

  it('gives exactly a seeded city result, views left for later included', () => {
    const city = generateCity({ seed: 7, neighbourhoods: 6, worksPerNeighbourhood: 120, horizonYears: 40 });
    const original = compute(city, { computedAt: '2026-01-01T00:00:00.000Z' });
    const page = handOver(original);
    expect(page.steps.map((s) => s.projects.length)).toEqual(original.steps.map((s) => s.projects.length));
    expect(JSON.stringify(page)).toBe(JSON.stringify(original));
    expect(page).toEqual(original);
  });

  it('decodes the views and other parts sent along only when first read, as they were', () => {
    const original = compute(example, { computedAt: '2026-01-01T00:00:00.000Z' });
    const decoded: string[] = [];
    const packed = packResult(original);
    const page = unpackResult(structuredClone(packed, { transfer: packedTransfers(packed) }), () => undefined, (part) => decoded.push(part));
    expect(packed.packedHead.keys).toEqual(expect.arrayContaining(['settings', 'neighbourhoods', 'allocation']));
    expect(Object.getOwnPropertyDescriptor(page, 'neighbourhoods')?.get).toBeDefined();
    expect(page.currency).toBe(original.currency);
    expect(decoded).toEqual([]);
    expect(page.neighbourhoods).toEqual(original.neighbourhoods);
    expect(decoded).toEqual(['neighbourhoods']);
    expect(JSON.stringify(page)).toBe(JSON.stringify(original));
  });

  it('keeps lines already built and lists shared between steps', () => {
    const original = compute(example, { computedAt: '2026-01-01T00:00:00.000Z' });
    void original.steps[1]!.projects[0]!.lines;
    const page = handOver(original);
    for (let i = 1; i < original.steps.length; i++) {
      for (let j = 0; j < i; j++) {
        expect(page.steps[i]!.projects === page.steps[j]!.projects).toBe(original.steps[i]!.projects === original.steps[j]!.projects);
      }
    }
    expect(JSON.stringify(page)).toBe(JSON.stringify(original));
  });
});
