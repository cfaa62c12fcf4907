// The map of opportunities on a generated city of 100 neighbourhoods with schematic outlines, in
// the built app in real Chromium: every layer draws as the engine computes it, the keyboard reaches
// all 100 neighbourhoods and Enter explains one, the period changes the works layer, the PNG is
// the map at twice its size, presentation mode shows it. Screenshots at 1280×720 and 1920×1080.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compute } from '../../../engine/compute';
import { classColour } from '../../../engine/map/draw';
import { mapLayers, type MapLayer } from '../../../engine/map/layers';
import { layerValues, periodLayers } from '../../../engine/map/values';
import { generateCity } from '../../../scenarios/generate-city';
import { builtWith, hasChromium, launch, screenshotPath, serve, type Served, type Session } from '../harness';
import { checkPngExport, fills, mapSel, openScenario, presentMap, screenshotsFit, showLayers, walkByKeyboard } from './helpers';

const city = generateCity({ seed: 5, neighbourhoods: 100, worksPerNeighbourhood: 20, horizonYears: 30 });
const result = compute(city);
const span: [number, number] = [result.years[0]!, result.years[result.years.length - 1]!];
const expectedFills = (layer: MapLayer, years: [number, number] = span) => {
  const v = layerValues(result, layer, periodLayers.has(layer) ? { years } : {});
  const max = Math.max(0, ...v.values());
  return Object.fromEntries([...v].map(([id, x]) => [id, classColour(x, max)]));
};

describe.skipIf(!hasChromium)('map of opportunities on a generated city in Chromium', () => {
  let served: Served;
  let s: Session;

  beforeAll(async () => {
    if (!builtWith('Kaart van kansen')) process.env.KK_E2E_REBUILD = '1';
    served = await serve();
    s = await launch({ width: 1280, height: 720 });
    await s.page.goto(served.url);
    await s.page.locator(`${mapSel} svg.kk-map`).waitFor({ timeout: 60_000 });
    await openScenario(s.page, city, 'stad');
  }, 400_000);

  afterAll(async () => {
    await s?.close();
    await served?.close();
  });

  it('draws all 100 outlines with every layer as the engine computes it', async () => {
    const { page } = s;
    expect(await page.locator(`${mapSel} .kk-map-area`).count()).toBe(100);
    for (const layer of mapLayers) {
      await showLayers(page, [layer]);
      expect(await fills(page), layer).toEqual(expectedFills(layer));
    }
    await showLayers(page, [...mapLayers]);
    for (const layer of mapLayers.slice(1)) {
      const nonZero = [...layerValues(result, layer, periodLayers.has(layer) ? { years: span } : {}).values()].filter((x) => x !== 0).length;
      expect(await page.locator(`${mapSel} circle.kk-map-mark[data-layer="${layer}"]`).count(), layer).toBe(nonZero);
    }
    await page.locator(mapSel).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('map-city-all-layers-1280x720') });
    await showLayers(page, ['saving', 'bundles']);
  });

  it('the period changes the works layer', async () => {
    const { page } = s;
    await showLayers(page, ['works']);
    await page.locator(`${mapSel} input[data-year="from"]`).fill(String(span[0] + 10));
    await page.locator(`${mapSel} input[data-year="to"]`).fill(String(span[0] + 12));
    await expect.poll(() => fills(page)).toEqual(expectedFills('works', [span[0] + 10, span[0] + 12]));
    await page.locator(`${mapSel} input[data-year="from"]`).fill(String(span[0]));
    await page.locator(`${mapSel} input[data-year="to"]`).fill(String(span[1]));
    await showLayers(page, ['saving', 'bundles']);
  });

  it('the keyboard reaches every one of the 100 neighbourhoods; Up and Down move to a neighbour; Enter explains it', async () => {
    const { page } = s;
    const seen = await walkByKeyboard(page);
    expect(seen).toHaveLength(100);
    expect([...seen].sort()).toEqual(city.neighbourhoods.map((n) => n.id).sort());
    const first = seen[0]!;
    await page.locator(`${mapSel} .kk-map-area[data-area="${first}"]`).focus();
    await page.keyboard.press('ArrowDown');
    const below = await page.evaluate(() => document.activeElement?.getAttribute('data-area'));
    // Down moves to another neighbourhood of the city, not nowhere and not to itself.
    expect(city.neighbourhoods.map((n) => n.id)).toContain(below);
    expect(below).not.toBe(first);
    expect(below).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-area'))).toBe(first);
    await page.keyboard.press('Enter');
    const panel = page.locator('.kk-explain');
    await panel.waitFor();
    const name = city.neighbourhoods.find((n) => n.id === first)!.name;
    expect(await panel.locator('h3').innerText()).toContain(name);
    await page.screenshot({ path: screenshotPath('map-city-explain-1280x720') });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('exports the city map as a PNG of the right size', async () => {
    await checkPngExport(s.page, 'map-city-export');
  });

  it('fits at 1280×720 and 1920×1080 and shows in presentation mode (screenshots)', async () => {
    await screenshotsFit(s.page, 'map-city');
    await presentMap(s.page, 100, 'map-city-presentation-1280x720');
    expect(s.errors).toEqual([]);
  });
});
