// The dashboard in real Chromium on the built app: sliders move the charts, numbers explain
// themselves, charts export as PNG, and screenshots at a projector's 1280×720 go to test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hasChromium, launch, serve, screenshotPath, type Served, type Session } from '../harness';

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  let served: Served;
  let s: Session;

  beforeAll(async () => {
    served = await serve();
    s = await launch({ width: 1280, height: 720 });
    await s.page.goto(served.url);
    await s.page.waitForSelector('.kk-headline-card', { timeout: 60_000 });
    // The matrix and tables come in a deferred second render pass (Dashboard.tsx, useDeferredValue),
    // so the first frame with headline cards need not hold them yet: wait for that pass too.
    await s.page.waitForSelector('[data-chart="matrix"] svg.kk-matrix', { timeout: 60_000 });
  });

  afterAll(async () => {
    await s?.close();
    await served?.close();
  });

  const waterfallBars = () => s.page.$$eval('[data-chart="waterfall"] .recharts-rectangle',
    (els) => els.map((e) => e.getAttribute('d') ?? '').join('|'));
  const headlineText = () => s.page.$eval('.kk-headline-card[data-perspective="financial"]', (e) => e.textContent ?? '');

  it('shows the dashboard with charts and a screenshot without overflow', async () => {
    const { page } = s;
    expect(await page.locator('[data-chart="waterfall"] .recharts-wrapper > svg.recharts-surface').count()).toBe(1);
    expect(await page.locator('[data-chart="cashflow"] svg.kk-svg').count()).toBe(1);
    expect(await page.locator('[data-chart="matrix"] svg.kk-matrix').count()).toBe(1);
    // Nothing in the dashboard is wider than the page: the matrix scrolls inside its own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('dashboard-1280x720') });
    await page.screenshot({ path: screenshotPath('dashboard-full'), fullPage: true });
    await page.locator('[data-chart="matrix"]').screenshot({ path: screenshotPath('dashboard-matrix') });
    expect(s.errors).toEqual([]);
  });

  it('moving a slider by keyboard changes the headline and the waterfall', async () => {
    const { page } = s;
    const before = await headlineText();
    const barsBefore = await waterfallBars();
    const slider = page.locator('#kk-wi-tenderFixed');
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => document.querySelector('.kk-headline-card[data-perspective="financial"]')?.textContent !== b, before);
    expect(await headlineText()).not.toBe(before);
    // The bars follow (animations are off while the slider moves, back on after it rests).
    await page.waitForFunction(
      (b) => [...document.querySelectorAll('[data-chart="waterfall"] .recharts-rectangle')].map((e) => e.getAttribute('d') ?? '').join('|') !== b,
      barsBefore, { timeout: 20_000 });
    expect(await waterfallBars()).not.toBe(barsBefore);
    expect(await page.locator('.kk-slider[data-setting="tenderFixed"].kk-changed').count()).toBe(1);
  });

  it('dragging a slider with the mouse changes the charts while it moves', async () => {
    const { page } = s;
    const before = await headlineText();
    await page.locator('#kk-wi-sitePerDay').scrollIntoViewIfNeeded();
    const box = (await page.locator('#kk-wi-sitePerDay').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    // While the button is still down, each move shows a new headline: the charts follow the drag.
    const seen: string[] = [];
    let last = before;
    for (let i = 1; i <= 4; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + i * 0.12), box.y + box.height / 2);
      await page.waitForFunction((b) => document.querySelector('.kk-headline-card[data-perspective="financial"]')?.textContent !== b, last, { timeout: 20_000 });
      last = await headlineText();
      seen.push(last);
    }
    await page.mouse.up();
    expect(new Set(seen).size).toBe(4);
    expect(seen).not.toContain(before);
    await page.screenshot({ path: screenshotPath('dashboard-after-whatif') });
  });

  it('reset returns to the scenario values', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /Terug naar scenario|Reset to scenario/ }).click();
    expect(await page.locator('.kk-slider.kk-changed').count()).toBe(0);
  });

  it('a number explains itself by keyboard: formula, inputs and rows', async () => {
    const { page } = s;
    const btn = page.locator('[data-section="projects"] button.kk-num').first();
    await btn.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('.kk-explain');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toMatch(/Formule|Formula/);
    expect(text).toMatch(/Werken|Works/);
    // Focus moved to the panel heading so the explanation is read out.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kk-explain-title');
    await page.screenshot({ path: screenshotPath('dashboard-explain') });
  });

  it('presentation mode fits a 1280×720 projector: headline, waterfall and sliders', async () => {
    const { page } = s;
    await page.locator('[data-testid="present"]').click();
    const pres = page.locator('[data-testid="presentation"]');
    await pres.waitFor();
    await page.waitForTimeout(800); // the waterfall's entry animation (400 ms)
    await page.screenshot({ path: screenshotPath('dashboard-presentation-1280x720') });
    const chart = await pres.locator('[data-chart="waterfall"] .recharts-wrapper').boundingBox();
    expect(chart).not.toBeNull();
    expect(chart!.y + chart!.height).toBeLessThanOrEqual(720);
    expect(await pres.locator('[data-chart="cashflow"]').count()).toBe(0);
    await page.locator('[data-testid="present-exit"]').click();
    await pres.waitFor({ state: 'detached' });
  });

  for (const chart of ['waterfall', 'cashflow', 'matrix']) {
    it(`exports the ${chart} chart as a real PNG`, async () => {
      const { page } = s;
      const download = page.waitForEvent('download', { timeout: 20_000 });
      await page.locator(`[data-chart="${chart}"]`).getByRole('button', { name: /PNG/ }).click();
      const d = await download;
      await d.saveAs(screenshotPath(`dashboard-export-${chart}`));
      const bytes = readFileSync((await d.path())!);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // Drawn at twice the on-screen size: width from the IHDR chunk.
      expect(bytes.readUInt32BE(16)).toBeGreaterThan(800);
      expect(bytes.length).toBeGreaterThan(5_000); // a drawn chart, not an empty canvas
      expect(d.suggestedFilename()).toMatch(new RegExp(`${chart}.*\\.png$`));
    });
  }
});
