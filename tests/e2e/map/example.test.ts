// The map of opportunities on the bundled example in the built app in real Chromium: every layer
// draws (fills in the engine's classes, circles for the layers stacked on top, a legend each), the
// keyboard reaches every neighbourhood and Enter explains it, the PNG export is the map at twice its
// size, presentation mode and print show it, and a scenario without outlines says how to add them.
// Screenshots at 1280×720 and 1920×1080 go to test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { compute } from '../../../engine/compute';
import { classColour } from '../../../engine/map/draw';
import { mapLayers, type MapLayer } from '../../../engine/map/layers';
import { layerValues, periodLayers } from '../../../engine/map/values';
import { exampleScenario, hasChromium, openDashboard, screenshotPath, type Served, type Session } from '../harness';
import { checkPngExport, fills, mapSel, openScenario, presentMap, screenshotsFit, showLayers, walkByKeyboard } from './helpers';

const scenario = exampleScenario();
const result = compute(scenario);
const span: [number, number] = [result.years[0]!, result.years[result.years.length - 1]!];
const expected = (layer: MapLayer) => layerValues(result, layer, periodLayers.has(layer) ? { years: span } : {});
const nameOf = new Map(scenario.neighbourhoods.map((n) => [n.id, n.name]));

describe.skipIf(!hasChromium)('map of opportunities on the example in Chromium', () => {
  let served: Served;
  let s: Session;

  beforeAll(async () => {
    ({ served, session: s } = await openDashboard('Kaart van kansen', { ready: `${mapSel} svg.kk-map` }));
  }, 300_000);

  afterAll(async () => {
    await s?.close();
    await served?.close();
  });

  it('draws every layer: alone as the fill in the engine\'s classes, together as circles with a legend each', async () => {
    const { page } = s;
    expect(scenario.geometry?.note).toMatch(/Schematisch/);
    await expect.poll(() => page.locator(`${mapSel} .kk-map-note`).textContent()).toContain('Schematische buurtgrenzen');
    for (const layer of mapLayers) {
      await showLayers(page, [layer]);
      const v = expected(layer);
      const max = Math.max(0, ...v.values());
      const want = Object.fromEntries([...v].map(([id, x]) => [id, classColour(x, max)]));
      expect(await fills(page), layer).toEqual(want);
      expect(await page.locator(`${mapSel} .kk-map-legend`).getAttribute('data-legend')).toBe(layer);
    }
    await showLayers(page, [...mapLayers]);
    expect(await page.locator(`${mapSel} .kk-map-circles li`).count()).toBe(mapLayers.length - 1);
    for (const layer of mapLayers.slice(1)) {
      const nonZero = [...expected(layer).values()].filter((x) => x !== 0).length;
      expect(await page.locator(`${mapSel} circle.kk-map-mark[data-layer="${layer}"]`).count(), layer).toBe(nonZero);
    }
    // The table behind the map: a column per layer, the display names, Dutch number formats.
    await page.locator(`${mapSel} .kk-data summary`).click();
    const table = page.locator(`${mapSel} table.kk-map-table`);
    expect(await table.locator('thead th').count()).toBe(1 + mapLayers.length + 1);
    expect(await table.locator('tbody tr').count()).toBe(4);
    const text = await table.innerText();
    for (const n of scenario.neighbourhoods) expect(text).toContain(n.name);
    expect(text).toMatch(/€\s?\d{1,3}(\.\d{3})+/);
    await page.locator(`${mapSel} .kk-data summary`).click();
    await showLayers(page, ['saving', 'bundles']);
  });

  it('the period narrows the works layer to what is executed in it', async () => {
    const { page } = s;
    await showLayers(page, ['works']);
    const from = page.locator(`${mapSel} input[data-year="from"]`);
    const to = page.locator(`${mapSel} input[data-year="to"]`);
    await from.fill(String(span[0] + 5));
    await to.fill(String(span[0] + 14));
    const v = layerValues(result, 'works', { years: [span[0] + 5, span[0] + 14] });
    const max = Math.max(0, ...v.values());
    await expect.poll(() => fills(page)).toEqual(Object.fromEntries([...v].map(([id, x]) => [id, classColour(x, max)])));
    const label = await page.locator(`${mapSel} .kk-map-area[data-area="oudzuid"]`).getAttribute('aria-label');
    expect(label).toBe(`${nameOf.get('oudzuid')}: Werken ${v.get('oudzuid')}`);
    await from.fill(String(span[0]));
    await to.fill(String(span[1]));
    await showLayers(page, ['saving', 'bundles']);
  });

  it('the keyboard reaches every neighbourhood, each named with its values, and Enter shows its works and projects', async () => {
    const { page } = s;
    // Tab from the last control lands on the map.
    await page.locator(`${mapSel} select[data-filter="works"]`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('kk-map-area'))).toBe(true);
    const seen = await walkByKeyboard(page);
    expect([...seen].sort()).toEqual(scenario.neighbourhoods.map((n) => n.id).sort());
    for (const id of seen) {
      const label = await page.locator(`${mapSel} .kk-map-area[data-area="${id}"]`).getAttribute('aria-label');
      expect(label).toMatch(new RegExp(`^${nameOf.get(id)!.replace(/[()]/g, '\\$&')}: Besparing €\\s[\\d.]+; Bundels \\d+$`));
    }
    await page.locator(`${mapSel} .kk-map-area[data-area="waterrijk"]`).focus();
    await page.screenshot({ path: screenshotPath('map-example-focus-1280x720') });
    await page.keyboard.press('Enter');
    const panel = page.locator('.kk-explain');
    await panel.waitFor();
    expect(await panel.locator('h3').innerText()).toContain(nameOf.get('waterrijk')!);
    const works = result.steps.find((x) => x.id === 'integrated')!.works.filter((w) => w.neighbourhood === 'waterrijk');
    expect(await panel.locator('.kk-explain-rows li').count()).toBe(1 + works.length);
    expect(await panel.innerText()).toContain('Projecten in de periode');
    await page.screenshot({ path: screenshotPath('map-example-explain-1280x720') });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('exports the map as a PNG of the map\'s size at twice the scale, with its legend', async () => {
    await checkPngExport(s.page, 'map-example-export');
  });

  it('fits the card at 1280×720 and 1920×1080 (screenshots)', async () => {
    await screenshotsFit(s.page, 'map-example');
  });

  it('presentation mode shows the map in the waterfall\'s place, within the screen', async () => {
    await presentMap(s.page, 4, 'map-example-presentation-1280x720');
  });

  it('the printed report holds the map, whole and inside the page', async () => {
    const { page } = s;
    await page.emulateMedia({ media: 'print' });
    try {
      const svg = page.locator(`${mapSel} svg.kk-map`);
      expect(await svg.isVisible()).toBe(true);
      // On paper the controls are left out; the legend says what is shown.
      expect(await page.locator(`${mapSel} .kk-map-controls`).isVisible()).toBe(false);
      expect(await page.locator(`${mapSel} .kk-map-legend`).isVisible()).toBe(true);
      await page.locator(mapSel).screenshot({ path: screenshotPath('map-example-print') });
    } finally {
      // Back to the screen, so a failure here does not hide the controls the next test uses.
      await page.emulateMedia({ media: null });
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(screenshotPath('map-example-print').replace(/\.png$/, '.pdf'), pdf);
    // The map's paths are in the PDF as vector drawing: its title is printed text.
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('a scenario without outlines shows how to add them, not an empty box', async () => {
    const { page } = s;
    await openScenario(page, { ...scenario, geometry: undefined }, 'zonder-kaart');
    const line = page.locator('[data-map="no-geometry"]');
    expect(await line.innerText()).toContain('koppelkans import-geometry');
    expect(await line.innerText()).toContain('Geometrie');
    expect(await page.locator(`${mapSel} svg`).count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
