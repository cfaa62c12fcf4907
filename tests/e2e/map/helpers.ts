// Shared steps of the map's browser tests: open a scenario through the app's own Open button,
// read what the map draws, walk it by keyboard, and check an exported PNG.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Scenario } from '../../../engine/scenario/schema';
import { writeWorkbook } from '../../../engine/workbook/write';
import { screenshotPath } from '../harness';

export const mapSel = '[data-chart="map"]';

/** Opens a scenario as a workbook file and waits until its map (or its no-geometry line) is drawn. */
export async function openScenario(page: Page, s: Scenario, name: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open]')]);
  await chooser.setFiles({
    name: `${name}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(writeWorkbook(s, { lang: 'nl' })),
  });
  await page.locator('[data-testid=doc-tab]', { hasText: name }).waitFor({ timeout: 180_000 });
  await page.waitForFunction((n) => document.querySelector('[data-testid=busy]') === null
    && document.querySelectorAll('[data-chart="map"] .kk-map-area, [data-map="no-geometry"]').length > 0
    && document.querySelector('.presentation') === null
    && (document.querySelector('[data-chart="map"] .kk-map-area') === null || document.querySelectorAll('[data-chart="map"] .kk-map-area').length === n),
  s.geometry?.shapes.length ?? 0, { timeout: 180_000 });
}

/** Shows exactly these layers (by their checkboxes) and waits until the map draws them. */
export async function showLayers(page: Page, layers: readonly string[]): Promise<void> {
  for (const box of await page.locator(`${mapSel} input[data-layer]`).all()) {
    const layer = (await box.getAttribute('data-layer'))!;
    if ((await box.isChecked()) !== layers.includes(layer)) await box.click();
  }
  await page.waitForFunction((want) => document.querySelector('[data-chart="map"] svg.kk-map')?.getAttribute('data-layers') === want,
    ['saving', 'works', 'bundles', 'disruption', 'variants', 'hours', 'shortfall'].filter((l) => layers.includes(l)).join(' '));
}

/** Fill per neighbourhood id, as drawn. */
export const fills = (page: Page): Promise<Record<string, string>> => page.$$eval(`${mapSel} .kk-map-area`,
  (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-area')!, e.getAttribute('fill')!])));

/** Presses ArrowRight from the map's tab stop until the focus stops moving; the ids met on the way. */
export async function walkByKeyboard(page: Page): Promise<string[]> {
  const start = page.locator(`${mapSel} .kk-map-area[tabindex="0"]`);
  expect(await start.count()).toBe(1);
  await start.focus();
  const seen: string[] = [];
  for (;;) {
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-area') ?? null);
    if (id === null || seen.includes(id)) break;
    seen.push(id);
    // The focused neighbourhood is outlined on top of the others.
    expect(await page.locator(`${mapSel} .kk-map-focus`).count()).toBe(1);
    await page.keyboard.press('ArrowRight');
  }
  return seen;
}

/** Clicks the map's PNG button; the PNG's bytes and the size the map and its legend had on screen. */
export async function exportMapPng(page: Page): Promise<{ bytes: Buffer; box: { width: number; height: number }; legendRows: number; download: Download }> {
  const box = (await page.locator(`${mapSel} svg.kk-map`).boundingBox())!;
  const entries = await page.locator(`${mapSel} .kk-map-legend li`).count();
  const perRow = Math.max(1, Math.floor(Math.round(box.width) / 300));
  const download = page.waitForEvent('download', { timeout: 20_000 });
  await page.locator(mapSel).getByRole('button', { name: /PNG/ }).click();
  const d = await download;
  return { bytes: readFileSync((await d.path())!), box, legendRows: entries ? Math.ceil(entries / perRow) : 0, download: d };
}

/** A PNG's width and height (IHDR), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The share of a PNG's pixels that are not white, decoded by the browser. */
export function inkShare(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 240 || px[i + 1]! < 240 || px[i + 2]! < 240) ink++;
    return ink / (px.length / 4);
  }, bytes.toString('base64'));
}

/** The height svgToPng gives: title, the map, and the legend rows under it, at twice the size. */
export const expectedPngHeight = (boxHeight: number, legendRows: number): number =>
  (Math.round(boxHeight) + 36 + (legendRows ? legendRows * 22 + 8 : 0)) * 2;

/** Screenshots of the map at 1280×720 and 1920×1080; at both the map and its legend stay inside
 *  the card, side by side or one below the other, and the page does not scroll sideways. */
export async function screenshotsFit(page: Page, prefix: string): Promise<void> {
  for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.locator(mapSel).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`${prefix}-${w}x${h}`) });
    const card = (await page.locator(mapSel).boundingBox())!;
    const svg = (await page.locator(`${mapSel} svg.kk-map`).boundingBox())!;
    const legend = (await page.locator(`${mapSel} .kk-map-legend`).boundingBox())!;
    expect(svg.x + svg.width).toBeLessThanOrEqual(card.x + card.width);
    expect(legend.x + legend.width).toBeLessThanOrEqual(card.x + card.width);
    expect(legend.x >= svg.x + svg.width || legend.y >= svg.y + svg.height).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Presentation mode at 1280×720 with the map in the waterfall's place: all outlines drawn and the
 *  map inside the screen. Leaves presentation mode again, with the dashboard's map drawn. */
export async function presentMap(page: Page, outlines: number, shot: string): Promise<void> {
  await page.locator('[data-testid="present"]').click();
  const pres = page.locator('[data-testid="presentation"]');
  await pres.waitFor();
  await page.locator('[data-testid="present-map"]').click();
  await pres.locator(`${mapSel} svg.kk-map`).waitFor();
  expect(await pres.locator(`${mapSel} .kk-map-area`).count()).toBe(outlines);
  expect(await pres.locator('[data-chart="waterfall"]').count()).toBe(0);
  const svg = (await pres.locator(`${mapSel} svg.kk-map`).boundingBox())!;
  expect(svg.y + svg.height).toBeLessThanOrEqual(720);
  await page.screenshot({ path: screenshotPath(shot) });
  await page.locator('[data-testid="present-exit"]').click();
  await pres.waitFor({ state: 'detached' });
  // The dashboard brings its lower sections back in a deferred pass: wait for the map among them.
  await page.locator(`${mapSel} svg.kk-map`).waitFor();
}

/** Exports the map as PNG (saved under test-artifacts/ as `savedAs`): a real PNG, named for the
 *  map, twice the map's on-screen width, as high as title, map and legend rows, and drawn on. */
export async function checkPngExport(page: Page, savedAs: string): Promise<void> {
  const { bytes, box, legendRows, download } = await exportMapPng(page);
  await download.saveAs(screenshotPath(savedAs));
  const size = pngSize(bytes);
  expect(size.width).toBe(Math.round(box.width) * 2);
  expect(size.height).toBe(expectedPngHeight(box.height, legendRows));
  expect(download.suggestedFilename()).toMatch(/map.*\.png$/);
  expect(await inkShare(page, bytes)).toBeGreaterThan(0.3);
}
