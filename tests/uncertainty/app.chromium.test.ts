// The uncertainty panel in the built app, in Chromium: the worker loads under the app's CSP, a run
// shows the same percentiles the engine computes in Node, Cancel stops a long run, and the
// break-even control answers beside the what-if panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEuro } from '../../engine/i18n';
import { fixedPlanModel, monteCarlo } from '../../engine/uncertainty';
import { exampleScenario, hasChromium, openDashboard, type Served, type Session } from '../e2e/harness';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!hasChromium)('uncertainty panel in the app (Chromium)', () => {
  let server: Served;
  let s: Session;
  beforeAll(async () => {
    // A build from before this feature is rebuilt.
    ({ served: server, session: s } = await openDashboard('unc-run', { height: 900, ready: '[data-testid=uncertainty-panel]' }));
  }, 300_000);
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('runs in the worker and shows the percentiles the engine computes', async () => {
    const scenario = exampleScenario();
    const node = monteCarlo(fixedPlanModel(scenario), { iterations: 3000, seed: 1 });
    const page = s.page;
    const panel = page.locator('[data-testid=uncertainty-panel]');
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('input[type=number]').first().fill('3000');
    await page.click('[data-testid=unc-run]');
    await page.locator('[data-testid=unc-results]').waitFor({ timeout: 60_000 });
    expect(norm(await page.locator('[data-testid=unc-p50]').innerText())).toBe(norm(formatEuro('nl', node.p50, 0)));
    expect(norm(await page.locator('[data-testid=unc-p10]').innerText())).toBe(norm(formatEuro('nl', node.p10, 0)));
    expect(await page.locator('[data-chart=histogram] .recharts-reference-line-line').count()).toBe(3);
    expect(await page.locator('[data-chart=tornado] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
  }, 120_000);

  it('Cancel stops a long run while the page keeps answering', async () => {
    const page = s.page;
    await page.locator('[data-testid=uncertainty-panel] input[type=number]').first().fill('2000000');
    await page.click('[data-testid=unc-run]');
    await page.waitForFunction(() => ((document.querySelector('[data-testid=uncertainty-panel] progress') as HTMLProgressElement | null)?.value ?? 0) > 0, undefined, { timeout: 60_000 });
    // The main thread is free: a round trip into the page is quick while the worker computes.
    const t0 = Date.now();
    await page.evaluate(() => 1 + 1);
    expect(Date.now() - t0).toBeLessThan(1000);
    await page.click('[data-testid=unc-cancel]');
    await page.locator('[data-testid=unc-cancelled]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid=uncertainty-panel] progress').count()).toBe(0);
    expect(s.errors).toEqual([]);
  }, 120_000);

  it('answers a break-even question beside the what-if panel', async () => {
    const page = s.page;
    const control = page.locator('[data-testid=breakeven]');
    await control.scrollIntoViewIfNeeded();
    await control.locator('button').click();
    await control.locator('[data-testid=breakeven-answer]').waitFor({ timeout: 30_000 });
    expect(norm(await control.locator('[data-testid=breakeven-answer]').innerText())).toMatch(/Discontovoet: (geen omslagpunt|de besparing is nul)/);
    expect(s.errors).toEqual([]);
  }, 120_000);
});
