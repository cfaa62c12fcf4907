// Presentation mode uses the screen, in real Chromium, on the example and on the full generated
// city: type scales with the window, the waterfall fills the height the headline leaves and
// nothing is cut off at 1280×720, 1440×900 and 1920×1080; the discount-rate slider is wide and
// fine enough; the waterfall's axis holds while a slider is dragged and fits the data after.
// Screenshots go to test-artifacts/presentation-*.png.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../engine/workbook/write';
import { generateCity } from '../../scenarios/generate-city';
import { hasChromium, openDashboard, screenshotPath, type Served, type Session } from './harness';

const sizes = [[1280, 720], [1440, 900], [1920, 1080]] as const;

/** What a presentation looks like at this window size: positions in CSS px. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height } : null;
    };
    const range = document.querySelector('#kk-wi-discountRate') as HTMLInputElement | null;
    const root = document.querySelector('.presentation') as HTMLElement;
    return {
      vw: window.innerWidth, vh: window.innerHeight,
      font: parseFloat(getComputedStyle(root).fontSize),
      scrollW: root.scrollWidth, scrollH: root.scrollHeight, clientW: root.clientWidth, clientH: root.clientHeight,
      chart: box('.presentation [data-chart="waterfall"]'),
      plot: box('.presentation [data-chart="waterfall"] .recharts-surface'),
      whatif: box('.presentation-whatif'),
      headline: box('.presentation .kk-headline'),
      slider: box('#kk-wi-discountRate'),
      rangeSpan: range ? Number(range.max) - Number(range.min) : NaN,
      tickFont: (() => {
        const tick = document.querySelector('.presentation .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
        return tick ? parseFloat(getComputedStyle(tick).fontSize) : NaN;
      })(),
    };
  });
}

async function checkSizes(page: Page, name: string) {
  for (const [w, h] of sizes) {
    await page.setViewportSize({ width: w, height: h });
    // Chart and type follow the resize.
    await expect.poll(async () => (await layout(page)).vw, { timeout: 10_000 }).toBe(w);
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshotPath(`presentation-${name}-${w}x${h}`) });
    const l = await layout(page);
    // Type for a projector, growing with the screen: 20 px at 1280×720, 30 px at 1920×1080.
    expect(l.font).toBeCloseTo(Math.min(w * 0.015625, h * 0.0278), 0);
    // Nothing cut off: no scrolling of the whole presentation, and every part inside the window.
    expect(l.scrollW).toBeLessThanOrEqual(l.clientW);
    expect(l.scrollH).toBeLessThanOrEqual(l.clientH + 1);
    for (const part of [l.chart, l.whatif, l.headline]) {
      expect(part).not.toBeNull();
      expect(part!.bottom).toBeLessThanOrEqual(h + 0.5);
      expect(part!.right).toBeLessThanOrEqual(w + 0.5);
    }
    // The waterfall fills the height down to the window's bottom edge (within the page padding).
    expect(h - l.chart!.bottom).toBeLessThan(0.04 * h);
    expect(l.plot!.height).toBeGreaterThan(0.4 * h);
    // Its labels grow with the type.
    expect(l.tickFont).toBeGreaterThanOrEqual(Math.round(l.font * 0.75));
    // The slider is wide enough that 80 px of travel moves the discount rate by at most 1.5
    // percentage points.
    expect(l.slider!.width).toBeGreaterThan(0.2 * w);
    expect((l.rangeSpan * 80) / l.slider!.width).toBeLessThanOrEqual(0.015);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const ticks = (page: Page) => page.locator('.presentation .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
/** The heights of the waterfall's visible bars, first (separate) to last (integrated). */
const barHeights = (page: Page) => page.evaluate(() =>
  [...document.querySelectorAll('.presentation [data-chart="waterfall"] .recharts-bar-rectangle path')]
    .filter((p) => p.getAttribute('fill') !== 'transparent')
    .map((p) => Math.round((p as SVGGraphicsElement).getBBox().height)));

describe.skipIf(!hasChromium)('presentation mode in Chromium', () => {
  let served: Served | undefined;
  let session: Session | undefined;
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('fills 1280×720, 1440×900 and 1920×1080 with the example, nothing cut off', async () => {
    ({ served, session } = await openDashboard('kk-plot-fill'));
    const page = session.page;
    await page.click('[data-testid=present]');
    await page.locator('.presentation [data-chart="waterfall"] .recharts-surface').waitFor({ timeout: 15_000 });
    await checkSizes(page, 'example');
    expect(session.errors).toEqual([]);
  }, 180_000);

  it('holds the waterfall axis while the discount rate is dragged, and fits it after release', async () => {
    const page = session!.page;
    const before = await ticks(page);
    const barsBefore = await barHeights(page);
    const slider = page.locator('#kk-wi-discountRate');
    await slider.dispatchEvent('pointerdown');
    await slider.focus();
    // The top of the range: present values fall by about a third.
    await page.keyboard.press('End');
    await expect.poll(() => barHeights(page)).not.toEqual(barsBefore);
    expect(await ticks(page)).toEqual(before);
    // Well past the quiet time a held pointer still holds the axis.
    await page.waitForTimeout(1000);
    expect(await ticks(page)).toEqual(before);
    const barsDuring = await barHeights(page);
    expect(barsDuring[0]!).toBeLessThan(barsBefore[0]! * 0.9);
    await slider.dispatchEvent('pointerup');
    await expect.poll(() => ticks(page), { timeout: 5_000 }).not.toEqual(before);
    // Rescaled: the tallest bar reaches up the axis again.
    await expect.poll(async () => (await barHeights(page))[0]!, { timeout: 5_000 }).toBeGreaterThan(barsDuring[0]!);
    await page.keyboard.press('Home');
    await page.locator('.kk-whatif button', { hasText: /Terug naar scenario/ }).click();
    expect(session!.errors).toEqual([]);
  }, 120_000);

  it('fills the three screens with the full generated city, nothing cut off', async () => {
    const page = session!.page;
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=presentation]').waitFor({ state: 'detached' });
    const city = generateCity();
    expect(city.works.length).toBe(50_000);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
    await chooser.setFiles({
      name: 'stad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(writeWorkbook(city, { lang: 'nl' })),
    });
    await page.locator('[data-testid=doc-tab][aria-selected=true]', { hasText: 'stad' }).waitFor({ timeout: 300_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid=busy]') === null
      && document.querySelector('.kk-headline-card .kk-saving .kk-amount') !== null
      && !(document.querySelector('[data-testid=present]') as HTMLButtonElement | null)?.disabled, undefined, { timeout: 600_000 });
    await page.click('[data-testid=present]');
    await page.locator('.presentation [data-chart="waterfall"] .recharts-surface').waitFor({ timeout: 60_000 });
    await checkSizes(page, 'city');
    expect(session!.errors).toEqual([]);
  }, 900_000);
});
