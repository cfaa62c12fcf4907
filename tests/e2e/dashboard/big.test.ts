// A 3,000-work city (a billion euros) on the dashboard's dev page in real Chromium at 1280×720, in
// Dutch and English: headline amounts stay on one line inside their card, the waterfall's axis
// labels do not touch, and the screenshots go to test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCity } from '../../../scenarios/generate-city';
import { hasChromium, launch, screenshotPath, type Session } from '../harness';
import { serveDevPage } from './dev-page';

const city = generateCity({ seed: 7, neighbourhoods: 10, worksPerNeighbourhood: 300, horizonYears: 40 });

describe.skipIf(!hasChromium)('a billion-euro city on the dashboard', () => {
  let served: { url: string; close(): Promise<void> };
  let s: Session;
  beforeAll(async () => {
    served = await serveDevPage('dash-dev-e2e');
    s = await launch({ width: 1280, height: 720 });
    await s.page.goto(served.url);
    await s.page.waitForFunction(() => 'kkDev' in window);
    await s.page.evaluate((sc) => (window as unknown as { kkDev: { load(x: unknown): number } }).kkDev.load(sc), city as unknown);
  }, 180_000);
  afterAll(async () => {
    await s?.close();
    await served?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: amounts on one line inside their cards, axis labels apart`, async () => {
      const { page } = s;
      await page.evaluate((l) => (window as unknown as { kkDev: { draw(l: string): Promise<unknown> } }).kkDev.draw(l), lang);
      const amounts = await page.$$eval('.kk-headline-card .kk-amount', (els) => els.map((e) => {
        const r = e.getBoundingClientRect();
        const card = e.closest('.kk-headline-card')!.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(e).fontSize) * 1.6;
        return { text: e.textContent, oneLine: r.height <= lineHeight, inside: r.left >= card.left && r.right <= card.right };
      }));
      expect(amounts).toHaveLength(6);
      expect(amounts.some((a) => /\d{1,3}([.,]\d{3}){3}/.test(a.text ?? ''))).toBe(true); // a billion
      for (const a of amounts) expect(a, a.text ?? '').toMatchObject({ oneLine: true, inside: true });
      const ticks = await page.$$eval('[data-chart="waterfall"] .recharts-xAxis-tick-labels text', (els) =>
        els.map((e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, text: e.textContent }; }));
      expect(ticks).toHaveLength(5);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left - ticks[i - 1]!.right, `${ticks[i - 1]!.text} | ${ticks[i]!.text}`).toBeGreaterThan(4);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`dashboard-city-${lang}`) });
      expect(s.errors).toEqual([]);
    }, 120_000);
  }
});
