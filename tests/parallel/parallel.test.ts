// Planning on a pool of worker_threads gives the single-thread result to the byte: the full result
// JSON and the command line's --json summary, apart from meta.computedAt (fixed here).
import { afterAll, describe, expect, it } from 'vitest';
import { nodePlanPool } from '../../cli/plan-pool';
import { compute } from '../../engine/compute';
import { computeOnPool, noPool, PlanCache } from '../../engine/compute-pool';
import { summaryJsonText } from '../../engine/model/summary';
import { computedAt, testCases } from './scenarios';

const pool = nodePlanPool(2);
afterAll(() => pool.close());

describe('planning on a pool of threads', { timeout: 300_000 }, () => {
  for (const c of testCases()) {
    it(`equals one thread: ${c.name}`, async () => {
      const one = compute(c.scenario, { computedAt });
      // minWorks 1: even the example goes to the threads here.
      const cache = new PlanCache();
      const many = await computeOnPool(c.scenario, pool, { computedAt }, { minWorks: 1, cache });
      expect(JSON.stringify(many)).toBe(JSON.stringify(one));
      expect(summaryJsonText(many)).toBe(summaryJsonText(one));
      // Without a cache that outlives it (the command line): keys by step and neighbourhood.
      const once = await computeOnPool(c.scenario, pool, { computedAt }, { minWorks: 1 });
      expect(JSON.stringify(once)).toBe(JSON.stringify(one));
      if (c.scenario.settings.bundleMode !== 'none') expect(cache.stats.stored).toBeGreaterThan(0);
    });
  }

  it('what-ifs with a kept cache (the engine worker) hash as one thread does: sheets kept, settings new', async () => {
    const c = testCases().find((t) => t.scenario.works.length > 1000) ?? testCases()[0]!;
    const cache = new PlanCache();
    for (const rate of [0.02, 0.035, 0.02]) {
      const s = { ...c.scenario, settings: { ...c.scenario.settings, discountRate: rate } };
      const many = await computeOnPool(s, pool, { computedAt }, { minWorks: 1, cache });
      expect(many.meta.input).toBe(compute(s, { computedAt }).meta.input);
    }
    // A new works array (an edit) is written afresh, not taken from the one kept.
    const works = c.scenario.works.map((w, i) => (i === 0 ? { ...w, quantity: (w.quantity ?? 1) + 1 } : w));
    const edited = { ...c.scenario, works };
    const many = await computeOnPool(edited, pool, { computedAt }, { minWorks: 1, cache });
    expect(many.meta.input).toBe(compute(edited, { computedAt }).meta.input);
    expect(many.meta.input).not.toBe(compute(c.scenario, { computedAt }).meta.input);
  });

  it('a small scenario is planned on the calling thread (no thread asked)', async () => {
    let asked = 0;
    const counting = { size: 2, run: (rs: Parameters<typeof pool.run>[0]) => { asked += rs.length; return pool.run(rs); } };
    const c = testCases()[0]!;
    const r = await computeOnPool(c.scenario, counting, { computedAt });
    expect(asked).toBe(0);
    expect(JSON.stringify(r)).toBe(JSON.stringify(compute(c.scenario, { computedAt })));
  });

  it('without threads (the command line on one thread) it equals compute(), its hash by WebCrypto', async () => {
    for (const c of testCases().slice(0, 3)) {
      const r = await computeOnPool(c.scenario, noPool, { computedAt }, { minWorks: 1 });
      expect(JSON.stringify(r)).toBe(JSON.stringify(compute(c.scenario, { computedAt })));
    }
  });

  it('a failing thread fails the computation instead of hanging', async () => {
    const c = testCases()[0]!;
    const broken = { size: 1, run: () => Promise.reject(new Error('thread died')) };
    await expect(computeOnPool(c.scenario, broken, { computedAt }, { minWorks: 1 })).rejects.toThrow('thread died');
  });
});
