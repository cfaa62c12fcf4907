// A 5,000-work city in the built app in real Chromium: the projects table and the Works grid draw
// far fewer rows than they hold, scroll to their last row, and the grid still edits by keyboard;
// the opportunity matrix shows neighbourhoods as summary rows that open by keyboard; a print
// draws every project row; a problem far down the sheet jumps to its cell. Screenshots of the
// dashboard and the inputs at 1280×720 and 1920×1080.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeWorkbook } from '../../../engine/workbook/write';
import { compute } from '../../../engine/compute';
import { generateCity } from '../../../scenarios/generate-city';
import { builtWith, hasChromium, launch, screenshotPath, serve, type Served, type Session } from '../harness';

const city = generateCity({ seed: 11, neighbourhoods: 10, worksPerNeighbourhood: 500, horizonYears: 40 });
const projects = compute(city, { computedAt: '2026-01-01T00:00:00Z' }).steps.find((s) => s.id === 'integrated')!.projects;

async function openCity(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.kk-headline-card .kk-saving .kk-amount').first().waitFor({ timeout: 60_000 });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
  await chooser.setFiles({
    name: 'stad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(writeWorkbook(city, { lang: 'nl' })),
  });
  await page.locator('[data-testid=doc-tab]', { hasText: 'stad' }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid=busy]') === null
    && document.querySelector('[data-section=projects] tbody tr[data-project]') !== null, undefined, { timeout: 300_000 });
}

/** Scrolls a box to its end (again while measured rows change its height), as a drag of the
 *  scroll bar to the bottom does. */
async function scrollToEnd(page: Page, box: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const done = await page.$eval(box, (el) => {
      el.scrollTop = el.scrollHeight;
      return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const still = await page.$eval(box, (el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
    if (done && still) return;
  }
}

describe.skipIf(!hasChromium)('long tables of a city in Chromium', () => {
  let server: Served | undefined;
  let s: Session | undefined;

  beforeAll(async () => {
    expect(city.works.length).toBeGreaterThanOrEqual(5000);
    if (!builtWith('besparing: {saving}')) process.env.KK_E2E_REBUILD = '1';
    server = await serve();
    s = await launch({ width: 1280, height: 720 });
    await openCity(s.page, server.url);
  }, 400_000);
  afterAll(async () => {
    await s?.close().catch(() => {});
    await server?.close();
  });

  it('the projects table draws a window of its rows and scrolls to the last one', async () => {
    const { page } = s!;
    const section = page.locator('[data-section=projects]');
    expect(projects.length).toBeGreaterThan(200);
    expect(await section.locator('table').first().getAttribute('aria-rowcount')).toBe(String(projects.length + 1));
    const drawn = await section.locator('tbody tr[data-project]').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(80);
    // The header row stays on top while the box scrolls, and the columns keep their width.
    const box = '[data-section=projects] .kk-vbox';
    const widths = () => page.$$eval(`${box} thead th`, (ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
    const before = await widths();
    await scrollToEnd(page, box);
    const last = section.locator(`tbody tr[data-project="${projects.at(-1)!.id}"]`);
    await last.waitFor({ timeout: 10_000 });
    expect(await last.getAttribute('aria-rowindex')).toBe(String(projects.length + 1));
    expect(await section.locator('tbody tr[data-project]').count()).toBeLessThan(80);
    expect(await widths()).toEqual(before);
    const head = await page.$eval(`${box} thead th`, (th) => th.getBoundingClientRect().top - th.closest('.kk-vbox')!.getBoundingClientRect().top);
    expect(Math.abs(head)).toBeLessThan(2);
    await page.$eval(box, (el) => { el.scrollTop = 0; });
    expect(s!.errors).toEqual([]);
  }, 120_000);

  it('prints every project row, and draws the window again after printing', async () => {
    const { page } = s!;
    const rows = () => page.locator('[data-section=projects] tbody tr[data-project]').count();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await rows()).toBe(projects.length);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(rows).toBeLessThan(80);
  });

  it('the matrix shows summary rows that open into their works by keyboard', async () => {
    const { page } = s!;
    const matrix = page.locator('[data-chart="matrix"]');
    const toggles = matrix.locator('.kk-nb-toggle');
    expect(await toggles.count()).toBe(city.neighbourhoods.length);
    expect(await matrix.locator('.kk-chip').count()).toBe(0);
    const first = toggles.first();
    expect(await first.getAttribute('aria-label')).toMatch(/werken: \d+ · projecten: \d+ · bundels: \d+ · besparing: /);
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => matrix.locator('.kk-chip').count()).toBeGreaterThan(100);
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('kk-chip'))).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-neighbourhood'))).toBe(city.neighbourhoods[1]!.id);
    await matrix.scrollIntoViewIfNeeded();
    for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await matrix.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`city-matrix-${w}`) });
      await page.locator('[data-section=projects]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`city-projects-${w}`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => matrix.locator('.kk-chip').count()).toBe(0);
    expect(s!.errors).toEqual([]);
  });

  it('the Works grid draws a window of rows, scrolls to the last, and edits by keyboard', async () => {
    const { page } = s!;
    await page.click('[data-testid=view-inputs]');
    const grid = page.locator('#sheet-panel table.grid');
    await grid.waitFor({ timeout: 60_000 });
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(city.works.length + 1));
    expect(await grid.locator('tbody tr[data-index]').count()).toBeLessThan(80);
    for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath(`city-inputs-${w}`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // Keyboard: type into a cell, Enter commits; Tab walks on into the next cell.
    const lastIndex = city.works.length - 1;
    await scrollToEnd(page, '#sheet-panel .table-scroll');
    const lastCell = page.locator(`#cell-works-${lastIndex}-description`);
    await lastCell.waitFor({ timeout: 10_000 });
    expect(await grid.locator('tbody tr[data-index]').count()).toBeLessThan(80);
    await lastCell.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Laatste werk');
    await page.keyboard.press('Enter');
    await expect.poll(() => lastCell.inputValue()).toBe('Laatste werk');
    await expect.poll(() => page.locator('[data-testid=undo]').isEnabled()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(new RegExp(`^cell-works-${lastIndex}-`));

    // Back at the top by keyboard focus: the focused row's draft survives scrolling away and back.
    await page.$eval('#sheet-panel .table-scroll', (el) => { el.scrollTop = 0; });
    const top = page.locator('#cell-works-2-description');
    await top.waitFor();
    await top.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('concept');
    await page.$eval('#sheet-panel .table-scroll', (el) => { el.scrollTop = el.scrollHeight / 2; });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('concept');
    await page.keyboard.press('Escape');

    // Undo restores the last row's description.
    await page.click('[data-testid=undo]');
    await page.$eval('#sheet-panel .table-scroll', (el) => { el.scrollTop = el.scrollHeight; });
    await expect.poll(async () => (await lastCell.count()) > 0 ? lastCell.inputValue() : '').toBe(city.works[lastIndex]!.description ?? '');
    expect(s!.errors).toEqual([]);
  }, 240_000);

  // Last: it leaves the city with a problem.
  it('a problem far down the Works sheet jumps to its cell, scrolled into the grid', async () => {
    const { page } = s!;
    const index = 4321;
    const box = '#sheet-panel .table-scroll';
    await page.$eval(box, (el, i) => { el.scrollTop = i * 27; }, index);
    const cell = page.locator(`#cell-works-${index}-neighbourhood`);
    await cell.waitFor({ timeout: 10_000 });
    await cell.fill('Nergens');
    await cell.press('Enter');
    await page.$eval(box, (el) => { el.scrollTop = 0; });
    await page.click('[data-testid=view-problems]');
    const item = page.locator('button[data-testid=problem-item]').first();
    await item.waitFor({ timeout: 120_000 });
    await item.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 20_000 }).toBe(`cell-works-${index}-neighbourhood`);
    const inside = await page.$eval(box, (el, id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      return r.top >= b.top && r.bottom <= b.bottom;
    }, `cell-works-${index}-neighbourhood`);
    expect(inside).toBe(true);
    expect(s!.errors).toEqual([]);
  }, 240_000);
});
