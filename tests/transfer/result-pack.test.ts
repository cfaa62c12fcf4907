// The compact hand-over of a result from the worker to the page: packed in the worker, copied
// across as postMessage does (structuredClone with the typed arrays transferred), decoded on the
// page. What the page reads must be exactly compute()'s result: same JSON byte for byte (keys in
// the same order) and deep-equal, on the example and on a seeded generated city, whether it travels
// in one piece or as a head (what the first screen shows) and a rest that follows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import type { ComputeResult } from '../../engine/model/result';
import { readWorkbook } from '../../engine/workbook/read';
import { packedTransfers, packHead, packRest, packResult, unpackResult, unpackWhole, type HeadChoice, type PackedResult } from '../../engine/transfer/result';
import { firstScreen, headFor } from '../../renderer/app/compute/answer';
import { generateCity } from '../../scenarios/generate-city';

const read = readWorkbook(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'scenarios', 'vier-testwijken.xlsx'))));
if (!read.ok) throw new Error('example does not read');
const example = read.scenario;
/** As postMessage copies a packed part: a structured clone, its buffers transferred. */
function sent<T extends PackedResult['head'] | PackedResult['rest']>(part: T): T {
  const copied = structuredClone(part, { transfer: packedTransfers(part) });
  expect(part.streams.nums.byteLength).toBe(0);
  return copied;
}

/** Through the hand-over and back, as the worker sends it: the head first (the views still
 *  unbuilt), then the rest, packed once the head went. */
function handOver(result: ComputeResult, choice: HeadChoice = firstScreen): ComputeResult {
  const head = packHead(result, choice);
  const page = unpackResult(sent(head), (name) => { throw new Error(`${name} read before the rest came`); });
  page.fill(sent(packRest(result, head)));
  return page.result;
}

describe('packed result hand-over', () => {
  it('gives exactly the example result', () => {
    const original = compute(example, { computedAt: '2026-01-01T00:00:00.000Z' });
    const page = handOver(original);
    expect(JSON.stringify(page)).toBe(JSON.stringify(original));
    expect(page).toEqual(original);
  });

  it('gives exactly the example result in one piece, and with everything or nothing in the head', () => {
    const original = compute(example, { computedAt: '2026-01-01T00:00:00.000Z' });
    const p = packResult(original);
    expect(p.head.rest).toEqual([]);
    const one = unpackWhole({ head: sent(p.head), rest: sent(p.rest) });
    expect(JSON.stringify(one)).toBe(JSON.stringify(original));
    const fresh = () => compute(example, { computedAt: '2026-01-01T00:00:00.000Z' });
    const all = handOver(fresh(), { parts: Object.keys(original), projectsOf: ['separate', 'bundled', 'differentiated', 'integrated'] });
    expect(JSON.stringify(all)).toBe(JSON.stringify(original));
    const none = handOver(fresh(), { parts: [], projectsOf: [] });
    expect(JSON.stringify(none)).toBe(JSON.stringify(original));
    expect(none).toEqual(original);
  });

  it('gives exactly a seeded city result, sent as a head and a rest', () => {
    const city = generateCity({ seed: 7, neighbourhoods: 6, worksPerNeighbourhood: 120, horizonYears: 40 });
    const original = compute(city, { computedAt: '2026-01-01T00:00:00.000Z' });
    const page = handOver(original);
    expect(page.steps.map((s) => s.projects.length)).toEqual(original.steps.map((s) => s.projects.length));
    expect(JSON.stringify(page)).toBe(JSON.stringify(original));
    expect(page).toEqual(original);
    const withPlan = handOver(original, { ...firstScreen, projectsOf: ['integrated'] });
    expect(JSON.stringify(withPlan)).toBe(JSON.stringify(original));
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
      expect(withPlan.steps[i]!.projects === withPlan.steps[j]!.projects).toBe(original.steps[i]!.projects === original.steps[j]!.projects);
    }
  });

  it('decodes the views and other parts sent along only when first read, as they were', () => {
    const original = compute(example, { computedAt: '2026-01-01T00:00:00.000Z' });
    const decoded: string[] = [];
    const packed = packResult(original);
    const page = unpackWhole({ head: sent(packed.head), rest: sent(packed.rest) }, (part) => decoded.push(part));
    expect(packed.head.packed.keys).toEqual(expect.arrayContaining(['settings', 'neighbourhoods', 'allocation']));
    expect(Object.getOwnPropertyDescriptor(page, 'neighbourhoods')?.get).toBeDefined();
    expect(page.currency).toBe(original.currency);
    expect(decoded).toEqual([]);
    expect(page.neighbourhoods).toEqual(original.neighbourhoods);
    expect(decoded).toEqual(['neighbourhoods']);
    expect(JSON.stringify(page)).toBe(JSON.stringify(original));
  });

  it('sends first what the first screen reads, with the views unbuilt, and the rest after', () => {
    const original = compute(example, { computedAt: '2026-01-01T00:00:00.000Z' });
    const head = packHead(original, firstScreen);
    // Packing the head builds no view: the worker posts it as soon as the result is computed.
    expect(Object.getOwnPropertyDescriptor(original, 'neighbourhoods')?.get).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(original, 'capitalCharges')?.get).toBeDefined();
    expect(head.rest).toEqual(['variants', 'hours', 'neighbourhoods', 'allocation', 'capitalCharges', 'fairness']);
    expect(head.lists.every((l) => l.projects === null && l.works === null)).toBe(true);
    // After a held plan the integrated step's projects come with it: the re-planned notice counts them.
    const withPlan = packHead(original, headFor({ kind: 'compute', job: 1, scenario: example, withPlan: true }));
    expect(withPlan.lists.map((l) => [l.projects !== null, l.works !== null])).toEqual([[false, false], [false, false], [false, false], [true, false]]);
    expect(JSON.stringify(unpackResult(sent(withPlan), () => undefined).result.steps[3]!.projects)).toBe(JSON.stringify(original.steps[3]!.projects));
    const asked: string[] = [];
    const page = unpackResult(sent(head), (name, pick) => { asked.push(name); return pick(original); });
    // What the headline, badges, waterfall, cash flow and re-planned notice read: all there.
    expect(Object.keys(page.result)).toEqual(Object.keys(original));
    expect(page.result.steps.map((s) => [s.id, s.pv, s.breakdown, s.parties, s.extra, s.societalCash]))
      .toEqual(original.steps.map((s) => [s.id, s.pv, s.breakdown, s.parties, s.extra, s.societalCash]));
    expect([page.result.savings, page.result.parties, page.result.years, page.result.settings, page.result.budgets])
      .toEqual([original.savings, original.parties, original.years, original.settings, original.budgets]);
    expect(asked).toEqual([]);
    // A part read before the rest came is asked for, by name.
    expect(page.result.steps[0]!.works).toEqual(original.steps[0]!.works);
    expect(page.result.fairness).toEqual(original.fairness);
    expect(asked).toEqual(['separate.works', 'fairness']);
    page.fill(sent(packRest(original, head)));
    expect(JSON.stringify(page.result)).toBe(JSON.stringify(original));
    expect(asked).toEqual(['separate.works', 'fairness']);
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
