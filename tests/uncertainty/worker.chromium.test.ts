// The real sensitivity worker in Chromium: same seed, same numbers as Node; cancelling stops it;
// the page's own timer keeps firing while it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedPlanModel, monteCarlo } from '../../engine/uncertainty';
import { buildExample } from '../../scenarios/example';
import { hasChromium, openWorkerPage, type WorkerPage } from './browser/harness';

if (!hasChromium) console.warn('Chromium not found at /usr/bin/chromium: the browser worker tests are skipped.');

describe.skipIf(!hasChromium)('sensitivity worker in Chromium', () => {
  let w: WorkerPage;
  beforeAll(async () => { w = await openWorkerPage(); }, 240_000);
  afterAll(async () => { await w?.close(); });
  const scenario = buildExample();
  const choice = { saving: 'total', perspective: 'financial' } as const;

  it('gives the same numbers as Node for the same seed', async () => {
    const node = monteCarlo(fixedPlanModel(scenario), { iterations: 2_000, seed: 42 });
    const out = await w.page.evaluate((req) => window.kk.run(req), { scenario, choice, monteCarlo: { iterations: 2_000, seed: 42 } });
    expect(out.kind).toBe('result');
    if (out.kind !== 'result') return;
    expect(out.result.monteCarlo).toEqual(node);
    expect(w.errors).toEqual([]);
  }, 120_000);

  it('cancelling stops the worker, and the page stays responsive meanwhile', async () => {
    const running = w.page.evaluate((req) => window.kk.run(req), { scenario, choice, monteCarlo: { iterations: 5_000_000, seed: 1 } });
    await w.page.waitForFunction(() => window.kk.progress.length >= 3, undefined, { timeout: 60_000 });
    await w.page.evaluate(() => window.kk.cancel());
    const out = await running;
    expect(out.kind).toBe('cancelled');
    if (out.kind !== 'cancelled') return;
    expect(out.done).toBeGreaterThan(0);
    expect(out.done).toBeLessThan(5_000_000);
    // After the cancel no progress is reported any more.
    const count = await w.page.evaluate(() => window.kk.progress.length);
    await new Promise((r) => setTimeout(r, 500));
    expect(await w.page.evaluate(() => window.kk.progress.length)).toBe(count);
    // The page's 10 ms timer never waited long: the work ran off the main thread.
    expect(out.maxTimerGapMs).toBeLessThan(500);
    // The worker is usable again after a cancel.
    const again = await w.page.evaluate((req) => window.kk.run(req), { scenario, choice, monteCarlo: { iterations: 200, seed: 1 } });
    expect(again.kind).toBe('result');
  }, 120_000);
});
