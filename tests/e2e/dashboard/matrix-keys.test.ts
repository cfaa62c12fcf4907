// The opportunity matrix by keyboard in real Chromium on the built app: its step selector is
// reached and changed by keys and redraws the matrix, the chips are one tab stop, the arrow keys
// move a visible focus between them, and Enter explains the work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openDashboard, screenshotPath, type Served, type Session } from '../harness';

describe.skipIf(!hasChromium)('opportunity matrix by keyboard in Chromium', () => {
  let served: Served;
  let s: Session;

  beforeAll(async () => {
    // A build from before the step selector existed is rebuilt.
    ({ served, session: s } = await openDashboard('dash.matrix.stepLabel'));
  }, 300_000);

  afterAll(async () => {
    await s?.close();
    await served?.close();
  });

  /** What has the focus: a chip's work and row band, or another element's tag. */
  const focused = () => s.page.evaluate(() => {
    const el = document.activeElement as (HTMLElement | SVGElement | null);
    if (!el || !el.classList.contains('kk-chip')) return { chip: false as const, tag: el?.tagName ?? '' };
    const band = el.parentElement!;
    const bands = [...band.parentElement!.children].filter((c) => c.querySelector('.kk-chip'));
    const rect = el.querySelector('rect')!;
    return {
      chip: true as const, work: el.getAttribute('data-work') ?? '', row: bands.indexOf(band), x: Number(rect.getAttribute('x')),
      tabindex: el.getAttribute('tabindex'), fill: getComputedStyle(rect).fill, label: el.getAttribute('aria-label') ?? '',
    };
  });
  const tabStops = () => s.page.$$eval('[data-chart="matrix"] .kk-chip[tabindex="0"]', (els) => els.map((e) => e.getAttribute('data-work')));

  it('the chips are one tab stop between the step selector and the data table', async () => {
    const { page } = s;
    expect(await tabStops()).toHaveLength(1);
    const select = page.getByRole('combobox', { name: /Stap van de kansenkaart|Step of the opportunity matrix/ });
    await select.focus();
    let f = await focused();
    for (let i = 0; i < 4 && !f.chip; i++) {
      await page.keyboard.press('Tab');
      f = await focused();
    }
    expect(f.chip).toBe(true);
    const first = f.chip ? f.work : '';
    expect([first]).toEqual(await tabStops());
    // One more Tab leaves the matrix: the next stop is not another chip.
    await page.keyboard.press('Tab');
    expect((await focused()).chip).toBe(false);
    await page.keyboard.press('Shift+Tab');
    const back = await focused();
    expect(back.chip && back.work).toBe(first);
  });

  it('arrow keys, Home and End move a visible focus; Enter explains the work', async () => {
    const { page } = s;
    const start = await focused();
    if (!start.chip) throw new Error('the previous test leaves the focus on a chip');
    await page.keyboard.press('ArrowRight');
    const right = await focused();
    if (!right.chip) throw new Error('ArrowRight left the matrix');
    expect(right.work).not.toBe(start.work);
    expect(right.row).toBe(start.row);
    expect(right.x).toBeGreaterThanOrEqual(start.x);
    expect(right.tabindex).toBe('0');
    expect(await tabStops()).toEqual([right.work]);
    // The focus is visible: the chip fills with the focus colour (#f5a623), and the one it left does not.
    expect(right.fill).toBe('rgb(245, 166, 35)');
    expect(await page.$eval(`[data-chart="matrix"] .kk-chip[data-work="${start.work}"] rect`, (r) => getComputedStyle(r).fill)).not.toBe('rgb(245, 166, 35)');
    await page.keyboard.press('ArrowDown');
    const down = await focused();
    if (!down.chip) throw new Error('ArrowDown left the matrix');
    expect(down.row).toBe(start.row + 1);
    await page.keyboard.press('ArrowUp');
    const up = await focused();
    expect(up.chip && up.row).toBe(start.row);
    await page.keyboard.press('End');
    const end = await focused();
    await page.keyboard.press('Home');
    const home = await focused();
    expect(end.chip && home.chip && end.row === home.row && end.x > home.x).toBe(true);
    await page.locator('[data-chart="matrix"]').screenshot({ path: screenshotPath('dashboard-matrix-keyboard') });
    await page.keyboard.press('Enter');
    const panel = page.locator('.kk-explain');
    await panel.waitFor();
    expect(await panel.textContent()).toContain(home.chip ? home.work : '?');
    expect(s.errors).toEqual([]);
  });

  it('the step selector changes by keyboard and redraws the matrix for that step', async () => {
    const { page } = s;
    const matrix = page.locator('[data-chart="matrix"]');
    const svg = matrix.locator('svg.kk-matrix');
    expect(await svg.getAttribute('data-step')).toBe('integrated');
    const bundles = () => matrix.locator('svg rect[stroke="#1f4e79"][fill="none"]').count();
    const ghosts = () => matrix.locator('svg g[aria-hidden="true"]').count();
    expect(await bundles()).toBeGreaterThan(0);
    expect(await ghosts()).toBeGreaterThan(0);
    const select = page.getByRole('combobox', { name: /Stap van de kansenkaart|Step of the opportunity matrix/ });
    await select.focus();
    // Home picks the first option of a closed select: separate works.
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('[data-chart="matrix"] svg.kk-matrix')?.getAttribute('data-step') === 'separate');
    expect(await bundles()).toBe(0);
    expect(await ghosts()).toBe(0);
    expect(await matrix.locator('h2').textContent()).toMatch(/Afzonderlijke projecten|Separate works/);
    await matrix.screenshot({ path: screenshotPath('dashboard-matrix-separate') });
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('[data-chart="matrix"] svg.kk-matrix')?.getAttribute('data-step') === 'bundled');
    expect(await bundles()).toBeGreaterThan(0);
    // Still one tab stop after the redraw.
    expect(await tabStops()).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });
});
