// The performance work must not change a single result. These tests hold each shortcut to the
// plain computation it replaces: streaming hash = hash of the whole canonical text, lazy views =
// the same JSON as eager ones, plan reuse = planning afresh, work plans placed in id order = sorted.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalScenario, scenarioHash, scenarioHashAsync, SheetBytes } from '../../engine/model/canonical';
import { compute } from '../../engine/compute';
import { makeContext } from '../../engine/model/context';
import { evaluatePlan } from '../../engine/model/evaluate';
import { planBundled, planSeparate, type Plan } from '../../engine/model/plan';
import { resolveAll } from '../../engine/model/resolve';
import { Sha256, sha256Hex, sha256HexAsync } from '../../engine/model/sha256';
import { toSummaryJson } from '../../engine/model/summary';
import type { Scenario } from '../../engine/scenario/schema';
import { buildExample } from '../../scenarios/example';
import { generateCity, rng } from '../../scenarios/generate-city';

const nodeSha = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

describe('streaming SHA-256', () => {
  it('equals node:crypto for every length up to three blocks and random chunkings', () => {
    const rand = rng(5);
    for (let n = 0; n < 200; n++) {
      const data = Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
      expect(sha256Hex(data)).toBe(nodeSha(data));
      const h = new Sha256();
      for (let p = 0; p < n;) {
        const k = Math.floor(rand() * 70);
        h.update(data.subarray(p, p + k));
        p += k;
      }
      expect(h.hex()).toBe(nodeSha(data));
    }
  });

  it('hashes text as UTF-8, piece by piece', () => {
    const text = 'Wijk € 1.234,5 — straat ' + 'x'.repeat(100);
    expect(new Sha256().update(text.slice(0, 7)).update(text.slice(7)).hex()).toBe(nodeSha(text));
  });
});

/** The definition the streaming hash replaces: one canonical JSON text of the whole scenario. */
function wholeTextHash(s: Scenario): string {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sorted = {
    ...s, works: byId(s.works), neighbourhoods: byId(s.neighbourhoods), bundles: byId(s.bundles ?? []),
    budgets: [...(s.budgets ?? [])].sort((a, b) => (a.party < b.party ? -1 : a.party > b.party ? 1 : a.year - b.year)),
  };
  return nodeSha(canonicalJson(sorted));
}

describe('scenario hash, streamed per sheet in chunks', () => {
  it('equals the hash of the whole canonical text (example, and a city of 2,500 works)', () => {
    for (const s of [buildExample(), generateCity({ neighbourhoods: 5, worksPerNeighbourhood: 500 })]) {
      expect(scenarioHash(s)).toBe(wholeTextHash(s));
      expect(nodeSha(canonicalScenario(s))).toBe(wholeTextHash(s));
    }
  });

  it('by WebCrypto (the pool path) equals noble, with sheets kept between computations or not', async () => {
    const city = generateCity({ neighbourhoods: 5, worksPerNeighbourhood: 500 });
    for (const s of [buildExample(), city]) {
      const kept = new SheetBytes();
      expect(await scenarioHashAsync(s)).toBe(scenarioHash(s));
      expect(await scenarioHashAsync(s, kept)).toBe(scenarioHash(s));
      expect(await scenarioHashAsync(s, kept)).toBe(scenarioHash(s));
    }
    // A what-if keeps the works array and replaces the settings: the kept works text is reused.
    const kept = new SheetBytes();
    await scenarioHashAsync(city, kept);
    const whatIf = { ...city, settings: { ...city.settings, discountRate: city.settings.discountRate + 0.01 } };
    expect(await scenarioHashAsync(whatIf, kept)).toBe(scenarioHash(whatIf));
    expect(scenarioHash(whatIf)).not.toBe(scenarioHash(city));
  });

  it('falls back to noble where there is no WebCrypto (an insecure browser context)', async () => {
    const data = new TextEncoder().encode('Wijk € 1.234,5');
    const real = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      expect(await sha256HexAsync(data)).toBe(nodeSha(data));
    } finally {
      Object.defineProperty(globalThis, 'crypto', real);
    }
  });
});

describe('lazy views', () => {
  it('serialise exactly like eagerly built ones, in the same key order', () => {
    const s = buildExample();
    const a = compute(s, { computedAt: 'T' });
    const b = compute(s, { computedAt: 'T' });
    // Read the views of b first (they become plain properties), then compare texts.
    const eager = { allocation: b.allocation, capitalCharges: b.capitalCharges, fairness: b.fairness };
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.keys(a).slice(-5)).toEqual(['allocation', 'cofinancing', 'budgets', 'capitalCharges', 'fairness']);
    expect(structuredClone(a).capitalCharges).toEqual(eager.capitalCharges);
    expect(toSummaryJson(a).capitalCharges.length).toBeGreaterThan(0);
  });
});

const shape = (p: Plan) => p.projects.map((q) => `${q.neighbourhood}/${q.year}/${q.works.map((w) => w.id).join('+')}`);

describe('planning and evaluation shortcuts', () => {
  const city = generateCity({ neighbourhoods: 8, worksPerNeighbourhood: 60, seed: 3 });
  const ctx = makeContext(city);
  const r = resolveAll(ctx);

  it('the differentiated plan taken over per unchanged neighbourhood equals planning afresh', () => {
    const bundled = planBundled(ctx, r.bundled, 'optimal');
    expect(r.differentiated).not.toBe(r.bundled); // some variant choice differs in this city
    const fresh = planBundled(makeContext(city), resolveAll(makeContext(city)).differentiated, 'optimal');
    const reused = planBundled(ctx, r.differentiated, 'optimal', 'auto', bundled);
    expect(shape(reused)).toEqual(shape(fresh));
    expect(reused.info).toEqual(fresh.info);
    // Both paths taken: some neighbourhoods kept their plan, some were planned again.
    const kept = [...reused.neighbourhoods!].filter(([n, v]) => v.projects === bundled.neighbourhoods!.get(n)!.projects).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(city.neighbourhoods.length);
  });

  it('the separate plan is built in sorted order', () => {
    const p = planSeparate(r.separate);
    const sorted = [...shape(p)].sort((x, y) => {
      const [a, b] = [x.split('/'), y.split('/')];
      return a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : Number(a[1]) - Number(b[1]) || (a[2]! < b[2]! ? -1 : a[2]! > b[2]! ? 1 : 0);
    });
    expect(shape(p)).toEqual(sorted);
  });

  it('work plans placed by id equal work plans sorted by id', () => {
    const plan = planBundled(ctx, r.bundled, 'optimal');
    const placed = evaluatePlan(ctx, plan, 'direct', r.bundled).works;
    const sorted = evaluatePlan(ctx, plan, 'direct').works;
    expect(JSON.stringify(placed)).toBe(JSON.stringify(sorted));
  });
});
