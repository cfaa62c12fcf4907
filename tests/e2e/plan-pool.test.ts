// In real Chromium, the built app plans a large scenario on its pool of planning Web Workers
// (started by the engine worker), shows the figure of the single-thread compute(), and re-plans
// after a what-if the same way; no page errors, no CSP violations.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatEuro } from '../../engine/i18n/index';
import { compute } from '../../engine/compute';
import { poolMinWorks } from '../../engine/compute-pool';
import { writeWorkbook } from '../../engine/workbook/write';
import { generateCity } from '../../scenarios/generate-city';
import { hasChromium, launch, serve, type Served, type Session } from './harness';

const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const saving = (page: Page) => page.locator('.kk-headline-card[data-perspective="financial"] .kk-saving .kk-amount').first();
const euros = (v: number) => norm(formatEuro('nl', v, 0));
const city = generateCity({ seed: 11, neighbourhoods: 12, worksPerNeighbourhood: 450, horizonYears: 40 });

describe.skipIf(!hasChromium)('planning pool in Chromium', { timeout: 600_000 }, () => {
  let server: Served;
  let s: Session | undefined;
  beforeAll(async () => {
    server = await serve();
  }, 600_000);
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    await s?.close().catch(() => {});
  });

  it('plans a large city on planning workers and shows the single-thread result', async () => {
    expect(city.works.length).toBeGreaterThanOrEqual(poolMinWorks);
    s = await launch();
    const { page } = s;
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { kkViolations: string[] }).kkViolations = list;
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(server.url);
    await saving(page).waitFor({ timeout: 60_000 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({
      name: 'stad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(writeWorkbook(city, { lang: 'nl' })),
    });
    await page.locator('[data-testid=doc-tab]', { hasText: 'stad' }).waitFor();
    const base = compute(city).savings.total.financial;
    await expect.poll(async () => norm(await saving(page).innerText()), { timeout: 300_000, interval: 500 }).toBe(euros(base));
    expect(workers.some((u) => u.includes('plan-thread')), workers.join(', ')).toBe(true);

    // A what-if that changes every neighbourhood's plan: re-planned on the pool again.
    const rated = compute({ ...city, settings: { ...city.settings, discountRate: 0.04 } }).savings.total.financial;
    await page.evaluate(() => {
      const el = document.querySelector('.kk-slider[data-setting=discountRate] input.kk-field') as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, '4');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(async () => norm(await saving(page).innerText()), { timeout: 300_000, interval: 500 }).toBe(euros(rated));
    expect(await page.evaluate(() => (window as unknown as { kkViolations: string[] }).kkViolations)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
