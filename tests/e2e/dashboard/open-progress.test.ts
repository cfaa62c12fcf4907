// Opening a big workbook in the built app in real Chromium: while the worker reads it, the busy
// line names the stage (opening, each sheet with the share of sheets done, checking) with a
// progress bar, then the computation; it ends on an interactive dashboard. In Dutch and English,
// with screenshots of the busy line at 1280×720 and 1920×1080 in test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../engine/workbook/write';
import { generateCity } from '../../../scenarios/generate-city';
import { builtWith, hasChromium, launch, screenshotPath, serve, type Served, type Session } from '../harness';

// 20,000 works: read for long enough to see the busy line live (at 10,000 works, with the planning
// pool ready before the file comes, the read could end before the test looked).
const city = generateCity({ seed: 5, neighbourhoods: 40, worksPerNeighbourhood: 500, horizonYears: 40 });
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

// In the page: every text the busy lines show, whether a progress bar was among them, and the
// rightmost edge any busy line reached (a busy line can be gone by the time the test looks).
const watcher = () => {
  const w = window as unknown as { __busy: { texts: string[]; bars: number; right: number } };
  w.__busy = { texts: [], bars: 0, right: 0 };
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('[data-testid=busy]')) {
      const text = el.textContent ?? '';
      if (w.__busy.texts.at(-1) !== text && !w.__busy.texts.includes(text)) w.__busy.texts.push(text);
      if (el.querySelector('progress')) w.__busy.bars += 1;
      w.__busy.right = Math.max(w.__busy.right, el.getBoundingClientRect().right);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

describe.skipIf(!hasChromium)('opening a big workbook shows its progress', () => {
  let server: Served | undefined;
  let s: Session | undefined;
  beforeAll(async () => {
    if (!builtWith('ui.read.sheets')) process.env.KK_E2E_REBUILD = '1';
    server = await serve();
  }, 300_000);
  afterAll(async () => {
    await s?.close().catch(() => {});
    await server?.close();
  });

  const cases = [
    { lang: 'nl', file: 'stad.xlsx', width: 1280, height: 720, sheets: /^stad\.xlsx inlezen: werkblad \S.* \(\d+ ?%\)/, checking: 'stad.xlsx controleren', computing: 'Rekenen op de achtergrond' },
    { lang: 'en', file: 'city.xlsx', width: 1920, height: 1080, sheets: /^Reading city\.xlsx: sheet \S.* \(\d+ ?%\)/, checking: 'Checking city.xlsx', computing: 'Computing in the background' },
  ] as const;
  for (const c of cases) {
    it(`${c.lang}: names each stage, then shows the dashboard`, async () => {
      await s?.close();
      s = await launch({ width: c.width, height: c.height });
      const { page } = s;
      await page.addInitScript(watcher);
      await page.goto(server!.url);
      await page.locator('.kk-headline-card .kk-saving .kk-amount').first().waitFor({ timeout: 60_000 });
      if (c.lang === 'en') await page.selectOption('[data-testid=language]', 'en');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
      await chooser.setFiles({
        name: c.file, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(writeWorkbook(city, { lang: c.lang })),
      });
      await page.locator('[data-testid=busy] progress').first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: screenshotPath(`open-progress-${c.lang}-${c.width}x${c.height}`) });
      await page.locator('[data-testid=doc-tab]', { hasText: c.file.replace('.xlsx', '') }).waitFor({ timeout: 180_000 });
      await page.waitForFunction(() => document.querySelector('[data-testid=busy]') === null
        && document.querySelector('.kk-headline-card .kk-saving .kk-amount') !== null, undefined, { timeout: 300_000 });
      const busy = await page.evaluate(() => (window as unknown as { __busy: { texts: string[]; bars: number; right: number } }).__busy);
      // Every busy line, in each of its stages, stayed inside the window.
      expect(busy.right).toBeGreaterThan(0);
      expect(busy.right).toBeLessThanOrEqual(c.width);
      const seen = busy.texts.map(norm);
      expect(seen.some((t) => c.sheets.test(t)), seen.join(' | ')).toBe(true);
      expect(seen.some((t) => t.startsWith(c.checking)), seen.join(' | ')).toBe(true);
      expect(seen.some((t) => t.startsWith(c.computing)), seen.join(' | ')).toBe(true);
      // Interactive: a what-if slider answers the keyboard.
      const slider = page.locator('#kk-wi-discountRate');
      await slider.focus();
      const before = await slider.inputValue();
      await page.keyboard.press('ArrowRight');
      expect(await slider.inputValue()).not.toBe(before);
      expect(s.errors).toEqual([]);
    }, 600_000);
  }
});
